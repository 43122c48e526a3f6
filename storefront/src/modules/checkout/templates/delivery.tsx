import { getTranslations } from "next-intl/server"
import { Fragment } from "react"
import type { CoopGroup, ShippingOption } from "@lib/data/cart"
import { coopName, isPickupOption, lineTitle } from "@lib/data/cart"
import { chooseShipping } from "@lib/data/checkout-actions"
import { formatOpeningHours } from "@lib/util/dates"
import { formatDistance } from "@lib/util/distance"
import { bilingual, localized } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"
import ActionForm from "@modules/common/components/action-form"
import type { PickupPoint } from "../../../types/catalogue"

/** The nearest points shown at once; the rest fold under "more points". */
const SHOWN_POINTS = 3

/** The temperature zone a pickup option serves (its `data.zone`, as the backend sets it). */
export function optionZone(option: ShippingOption): string {
  const data = (option.data ?? {}) as Record<string, unknown>
  const zone = String(data.zone ?? data.temperature_zone ?? "")
  return ["ambient", "chilled", "frozen"].includes(zone) ? zone : "ambient"
}

/** Another co-op's option a choice here also applies to (it has none yet). */
export type FollowerOption = { id: string; zone: string; pickup: boolean }

/**
 * One co-op's choice: delivery options, or pickup with a point nearest
 * first. The choice also goes to the co-ops in `followers`, which have not
 * chosen yet, so one press serves the whole cart.
 */
export default async function CoopDelivery({
  group,
  options,
  chosenOptionId,
  chosenPointId,
  pointsByZone,
  followers = [],
  locale,
  errors,
}: {
  group: CoopGroup
  options: ShippingOption[]
  chosenOptionId: string | undefined
  /** The point the chosen pickup goes to: it stays selected on reload. */
  chosenPointId?: string
  pointsByZone: Record<string, PickupPoint[]>
  followers?: FollowerOption[]
  locale: string
  errors: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const zoneT = await getTranslations({ locale, namespace: "zone" })
  const typeT = await getTranslations({ locale, namespace: "pointType" })
  const name = coopName(group.vendor, locale) || "—"
  const point = (p: PickupPoint, zone: string, selectedPointId?: string) => (
    <label
      key={p.id}
      className="option point"
      data-testid="pickup-point"
      data-point-id={p.id}
      data-handle={p.handle}
      data-distance-m={p.distance_m ?? undefined}
    >
      <input
        type="radio"
        data-testid="pickup-point-radio"
        name="pickup_point_id"
        value={p.id}
        defaultChecked={p.id === selectedPointId}
        disabled={p.available === false}
      />
      <input type="hidden" name={`point_type_${p.id}`} value={p.type} />
      <input
        type="hidden"
        name={`point_zones_${p.id}`}
        value={(p.zones ?? []).map((z) => z.zone).join(",")}
      />
      <span className="point-text">
        <strong>{localized(p, "name", locale)}</strong>
        <span className="muted">
          {[
            typeT(p.type),
            typeof p.distance_m === "number"
              ? t("distance", {
                  distance: formatDistance(p.distance_m, locale),
                })
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
        <span className="muted">{localized(p, "address", locale)}</span>
        <span className="muted">
          {t("hours")}
          {formatOpeningHours(p.opening_hours, locale).map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </span>
        <span className="point-zones">
          {(p.zones ?? []).map((z) => (
            <span
              key={z.zone}
              className={z.zone === zone ? "badge badge-strong" : "badge"}
            >
              {t("compartments", {
                zone: zoneT(z.zone as "ambient"),
                count: z.available ?? z.compartments,
              })}
            </span>
          ))}
        </span>
        {p.free_storage_hours ? (
          <span className="muted">
            {t("freeStorage", { hours: p.free_storage_hours })}
          </span>
        ) : null}
        {p.available === false ? (
          <span className="error">{t("pointFull")}</span>
        ) : null}
      </span>
    </label>
  )
  const follow = (pickup: boolean) =>
    followers
      .filter((f) => f.pickup === pickup)
      .map((f) => (
        <Fragment key={f.id}>
          <input type="hidden" name="follow_option_id" value={f.id} />
          <input type="hidden" name={`follow_zone_${f.id}`} value={f.zone} />
        </Fragment>
      ))
  const followCount = (pickup: boolean) =>
    followers.filter((f) => f.pickup === pickup).length
  return (
    <fieldset
      data-testid="coop-delivery"
      data-vendor={group.vendor?.handle ?? ""}
    >
      <legend>{t("deliveryFor", { name })}</legend>
      <p className="muted coop-items">
        {group.items
          .map((i) => `${lineTitle(i, group, locale)} × ${i.quantity}`)
          .join(" · ")}
      </p>
      {options.length ? null : <p className="error">{t("noOptions")}</p>}
      {options.map((option) => {
        const chosen = option.id === chosenOptionId
        const price = formatPrice(Number(option.amount ?? 0), locale)
        if (!isPickupOption(option)) {
          return (
            <div
              key={option.id}
              className="option"
              data-testid="delivery-option"
            >
              <ActionForm
                action={chooseShipping}
                submitLabel={
                  chosen
                    ? t("chosen")
                    : followCount(false)
                      ? t("chooseAll", { count: followCount(false) + 1 })
                      : t("choose")
                }
                pendingLabel={t("saving")}
                errors={errors}
                submitTestId="choose-delivery"
              >
                <input type="hidden" name="option_id" value={option.id} />
                {follow(false)}
                <p className="option-head">
                  <span>
                    {bilingual(option.name, locale)} · {price}
                  </span>
                  {chosen ? (
                    <span className="badge" data-testid="chosen">
                      ✓ {t("chosen")}
                    </span>
                  ) : null}
                </p>
              </ActionForm>
            </div>
          )
        }
        const zone = optionZone(option)
        const points = pointsByZone[zone] ?? []
        // The saved point when it is still listed, else the nearest.
        const selectedPointId =
          chosen && points.some((p) => p.id === chosenPointId)
            ? chosenPointId
            : points.find((p) => p.available !== false)?.id
        // The chosen point stays in view even when it is not among the nearest.
        const selectedIndex = points.findIndex((p) => p.id === selectedPointId)
        const shown = Math.max(SHOWN_POINTS, selectedIndex + 1)
        return (
          <div
            key={option.id}
            className="card pickup-option"
            data-testid="pickup-option"
            data-zone={zone}
            data-chosen-point={chosen ? chosenPointId : undefined}
          >
            <h3 className="option-head">
              <span>
                {t("pickupAt", { zone: zoneT(zone as "ambient") })} · {price}
              </span>
              {chosen ? (
                <span className="badge" data-testid="chosen">
                  ✓ {t("chosen")}
                </span>
              ) : null}
            </h3>
            {points.length ? (
              <ActionForm
                action={chooseShipping}
                submitLabel={
                  chosen
                    ? t("choosePointAgain")
                    : followCount(true)
                      ? t("choosePointAll", { count: followCount(true) + 1 })
                      : t("choosePoint")
                }
                pendingLabel={t("saving")}
                errors={errors}
                submitTestId="choose-pickup"
              >
                <input type="hidden" name="option_id" value={option.id} />
                <input type="hidden" name="pickup" value="true" />
                {follow(true)}
                <div role="radiogroup" aria-label={t("pointFor", { name })}>
                  {points
                    .slice(0, shown)
                    .map((p) => point(p, zone, selectedPointId))}
                  {points.length > shown ? (
                    <details className="more-points">
                      <summary>
                        {t("morePoints", { count: points.length - shown })}
                      </summary>
                      {points
                        .slice(shown)
                        .map((p) => point(p, zone, selectedPointId))}
                    </details>
                  ) : null}
                </div>
                {points.some((p) => p.type === "locker") ? (
                  <label className="option">
                    <input
                      type="checkbox"
                      name="locker_consent"
                      data-testid="locker-consent"
                    />
                    <span>{t("lockerConsent")}</span>
                  </label>
                ) : null}
              </ActionForm>
            ) : (
              <p className="muted">{t("noPoints")}</p>
            )}
          </div>
        )
      })}
    </fieldset>
  )
}
