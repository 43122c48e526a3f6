import { getTranslations } from "next-intl/server"
import type { CoopGroup, ShippingOption } from "@lib/data/cart"
import { isPickupOption } from "@lib/data/cart"
import { chooseShipping } from "@lib/data/checkout-actions"
import { formatOpeningHours } from "@lib/util/dates"
import { localized } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"
import ActionForm from "@modules/common/components/action-form"
import type { PickupPoint } from "../../../types/catalogue"

export function optionZone(option: ShippingOption): string {
  const data = (option.data ?? {}) as Record<string, unknown>
  const zone = String(data.zone ?? data.temperature_zone ?? "")
  if (["ambient", "chilled", "frozen"].includes(zone)) {
    return zone
  }
  const name = option.name ?? ""
  return name.includes("冷冻")
    ? "frozen"
    : name.includes("冷藏")
      ? "chilled"
      : "ambient"
}

/** One co-op's choice: delivery options, or pickup with a point nearest first. */
export default async function CoopDelivery({
  group,
  options,
  chosenOptionId,
  pointsByZone,
  locale,
  errors,
}: {
  group: CoopGroup
  options: ShippingOption[]
  chosenOptionId: string | undefined
  pointsByZone: Record<string, PickupPoint[]>
  locale: string
  errors: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const zoneT = await getTranslations({ locale, namespace: "zone" })
  const typeT = await getTranslations({ locale, namespace: "pointType" })
  const name = group.vendor?.name ?? "—"
  return (
    <fieldset
      data-testid="coop-delivery"
      data-vendor={group.vendor?.handle ?? ""}
    >
      <legend>{t("deliveryFor", { name })}</legend>
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
                submitLabel={chosen ? t("chosen") : t("choose")}
                pendingLabel="…"
                errors={errors}
                submitTestId="choose-delivery"
              >
                <input type="hidden" name="option_id" value={option.id} />
                <p style={{ margin: 0 }}>
                  {option.name} · {price}{" "}
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
        return (
          <div key={option.id} className="card" data-testid="pickup-option">
            <h3>
              {t("pickupAt", { zone: zoneT(zone as "ambient") })} · {price}{" "}
              {chosen ? (
                <span className="badge" data-testid="chosen">
                  ✓ {t("chosen")}
                </span>
              ) : null}
            </h3>
            {points.length ? (
              <ActionForm
                action={chooseShipping}
                submitLabel={t("choose")}
                pendingLabel="…"
                errors={errors}
                submitTestId="choose-pickup"
              >
                <input type="hidden" name="option_id" value={option.id} />
                <input type="hidden" name="pickup" value="true" />
                {points.map((p, i) => (
                  <label
                    key={p.id}
                    className="option"
                    data-testid="pickup-point"
                  >
                    <input
                      type="radio"
                      name="pickup_point_id"
                      value={p.id}
                      defaultChecked={i === 0}
                    />
                    <input
                      type="hidden"
                      name={`point_type_${p.id}`}
                      value={p.type}
                    />
                    <span>
                      <strong>{localized(p, "name", locale)}</strong> ·{" "}
                      {typeT(p.type)}
                      {typeof p.distance_m === "number"
                        ? ` · ${t("distance", { km: (p.distance_m / 1000).toFixed(1) })}`
                        : ""}
                      <br />
                      <span className="muted">
                        {localized(p, "address", locale)}
                      </span>
                      <br />
                      <span className="muted">
                        {t("hours")}：
                        {formatOpeningHours(p.opening_hours, locale).join("；")}
                      </span>
                      {(p.zones ?? []).map((z) => (
                        <span key={z.zone} className="badge">
                          {t("compartments", {
                            zone: zoneT(z.zone as "ambient"),
                            count: z.available ?? z.compartments,
                          })}
                        </span>
                      ))}
                    </span>
                  </label>
                ))}
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
