import { getTranslations } from "next-intl/server"
import type { OrderActions } from "@modules/co-op/lib/mappers"
import type { ApiVendorOrder } from "../../../../types/co-op"
import { formatDate, formatOpeningHours } from "@lib/util/dates"
import { localized } from "@lib/util/localized"
import styles from "../../console.module.css"
import ParcelProgress from "./parcel-progress"

/** How the order reaches the customer (the pickup point and parcel, or their door) and who they are. */
export default async function DeliverySection({
  order,
  actions,
  locale,
}: {
  order: ApiVendorOrder
  actions: OrderActions
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "coopOrders" })
  // The API names the point (even a paused one) and follows the parcel.
  const pickup = order.pickup ?? null
  const point = pickup?.point?.name_zh ? pickup.point : null
  const parcel = pickup?.parcel ?? null
  const address = order.shipping_address
  const customer = [address?.last_name, address?.first_name]
    .filter(Boolean)
    .join("")
  return (
    <section
      aria-labelledby="o-delivery"
      className={`card ${styles.section}`}
      data-testid="coop-order-delivery"
      data-delivery={actions.delivery}
    >
      <h2 id="o-delivery">{t("delivery")}</h2>
      {actions.delivery === "pickup" ? (
        <>
          <p>
            <strong data-testid="coop-order-pickup-point">
              {point
                ? localized(point, "name", locale)
                : t("pointUnknown", { id: actions.pickupPointId! })}
            </strong>
          </p>
          {point ? (
            <>
              <p className="muted">{localized(point, "address", locale)}</p>
              {formatOpeningHours(point.opening_hours, locale).map((line) => (
                <p key={line} className="muted">
                  {t("hours")} {line}
                </p>
              ))}
              {point.contact_phone ? (
                <p className="muted">
                  {t("phone")}{" "}
                  <a href={`tel:${point.contact_phone}`}>
                    {point.contact_phone}
                  </a>
                </p>
              ) : null}
            </>
          ) : null}
          {pickup?.arrival_date ? (
            <p className="muted">
              {t("arrivalDate", {
                date: formatDate(pickup.arrival_date, locale),
              })}
            </p>
          ) : null}
          <ParcelProgress parcel={parcel} locale={locale} />
        </>
      ) : (
        <p>{t("deliveryTo")}</p>
      )}
      <h3>{t("customer")}</h3>
      <p>
        {customer || order.email}
        {address?.phone ? (
          <>
            {" "}
            · <a href={`tel:${address.phone}`}>{address.phone}</a>
          </>
        ) : null}
      </p>
      {actions.delivery === "delivery" && address?.address_1 ? (
        <p className="muted">
          {[
            address.province,
            address.city,
            address.address_1,
            address.address_2,
            address.postal_code,
          ]
            .filter(Boolean)
            .join(" ")}
        </p>
      ) : null}
    </section>
  )
}
