import { getTranslations } from "next-intl/server"
import type { ParcelEvent } from "@lib/data/pickup-staff-types"
import { sayWhen, type T } from "../../lib/format"
import s from "../../console.module.css"

/** The parcel's history: each unlock, who did it, when and why. */
export default async function ParcelHistory({
  events,
  locale,
}: {
  events: ParcelEvent[]
  locale: string
}) {
  const t = (await getTranslations({
    locale,
    namespace: "pickupConsole",
  })) as unknown as T
  const now = new Date()
  return (
    <section
      className={s.panel}
      aria-labelledby="pickup-history"
      data-testid="pickup-history"
    >
      <h2 id="pickup-history">{t("history.title")}</h2>
      <ol className={s.history}>
        {events.map((event) => (
          <li
            key={event.id}
            data-testid="pickup-history-event"
            data-type={event.type}
          >
            <strong>{sayWhen(t, event.created_at, now, locale)}</strong>{" "}
            {t("history.unlocked", {
              who:
                event.actor_name ??
                (event.actor_type === "user" ? t("history.platform") : "—"),
              count: event.data?.failed_attempts ?? 0,
            })}
            <br />
            <span className={s.muted}>
              {t("history.reason", { reason: event.reason })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
