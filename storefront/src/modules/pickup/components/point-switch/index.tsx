import { choosePickupPoint } from "@lib/data/pickup-staff-actions"
import type { StaffPoint } from "@lib/data/pickup-staff-types"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import s from "../../console.module.css"

/** Which of the staff member's points the console shows (a plain form: no client JS). */
export default function PointSwitch({
  locale,
  points,
  current,
  label,
  all,
  submit,
}: {
  locale: string
  points: StaffPoint[]
  current: string | null
  label: string
  all: string
  submit: string
}) {
  return (
    <form action={choosePickupPoint} className={s.pointForm}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="back" value={href(locale, "/pickup")} />
      <label htmlFor="pickup-point" className="sr-only">
        {label}
      </label>
      <select
        id="pickup-point"
        name="point_id"
        defaultValue={current ?? "all"}
        data-testid="pickup-point-select"
      >
        <option value="all">{all}</option>
        {points.map((p) => (
          <option key={p.id} value={p.id}>
            {localized(p, "name", locale)}
          </option>
        ))}
      </select>
      <button type="submit" data-testid="pickup-point-submit">
        {submit}
      </button>
    </form>
  )
}
