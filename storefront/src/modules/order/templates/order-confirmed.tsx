import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { EnglishNames } from "@lib/data/catalogue"
import {
  orderCoopName,
  orderLineNames,
  type StoreOrder,
} from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"

/** The order group just placed: one card per co-op order. */
export default async function OrderConfirmedTemplate({
  orders,
  names,
  group,
  locale,
}: {
  orders: StoreOrder[]
  names: EnglishNames
  group: string | undefined
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "confirmation" })
  const zone = await getTranslations({ locale, namespace: "zone" })
  const groupId = orders[0].order_group?.display_id ?? group
  const total = orders.reduce((sum, o) => sum + Number(o.total ?? 0), 0)
  const delivered = orders.find((o) => !o.pickup)
  return (
    <section data-testid="confirmation" aria-labelledby="confirmation-title">
      <h1 id="confirmation-title">{t("title")}</h1>
      <p
        data-testid="order-group"
        data-group-id={orders[0].order_group?.id}
        data-display-id={groupId}
      >
        <strong>{t("group", { id: String(groupId ?? "") })}</strong>
        {" · "}
        {t("paid", { total: formatPrice(total, locale) })}
      </p>
      <p data-testid="order-count">{t("orders", { count: orders.length })}</p>
      <ul className="plain">
        {orders.map((order) => (
          <li
            key={order.id}
            className="card order-card"
            data-testid="confirmation-order"
            data-order-id={order.id}
            data-display-id={order.display_id}
            data-vendor={order.vendor?.handle ?? ""}
          >
            <h2>{t("order", { id: order.display_id })}</h2>
            <p data-testid="confirmation-coop">
              {t("coop", { name: orderCoopName(order, names) ?? "—" })}
            </p>
            <ul className="order-items">
              {order.items.map((item) => {
                const { title, variant } = orderLineNames(item, names)
                return (
                  <li key={item.id} data-testid="confirmation-line">
                    {variant
                      ? t("itemWithVariant", {
                          title,
                          variant,
                          quantity: item.quantity,
                        })
                      : t("item", { title, quantity: item.quantity })}
                  </li>
                )
              })}
            </ul>
            {order.pickup ? (
              <p data-testid="confirmation-pickup">
                {t("pickupAt", {
                  point: localized(order.pickup.point, "name", locale),
                  zone: zone(order.pickup.zone as "ambient"),
                })}
                {order.pickup.arrival_date ? (
                  <>
                    <br />
                    <span className="muted">
                      {t("arrives", {
                        date: formatDate(order.pickup.arrival_date, locale),
                      })}
                    </span>
                  </>
                ) : null}
              </p>
            ) : (
              <DeliveryLine order={order} locale={locale} />
            )}
            <p className="price">{formatPrice(order.total, locale)}</p>
          </li>
        ))}
      </ul>
      {orders.some((o) => o.pickup) ? (
        <p className="muted" data-testid="confirmation-pickup-note">
          {t("pickupNote")}
        </p>
      ) : null}
      {delivered ? (
        <p className="muted" data-testid="confirmation-delivery-note">
          {t("deliveryNote", {
            phone: delivered.shipping_address?.phone ?? "",
          })}
        </p>
      ) : null}
      <p>
        <Link
          href={href(locale, `/order/lookup?order=${orders[0].display_id}`)}
          data-testid="to-lookup"
        >
          {t("lookup")}
        </Link>
      </p>
      <Link
        className="button"
        href={href(locale, "/account")}
        data-testid="to-account"
      >
        {t("account")}
      </Link>
    </section>
  )
}

/** Where and when the co-op delivers an order that goes to the door. */
async function DeliveryLine({
  order,
  locale,
}: {
  order: StoreOrder
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "confirmation" })
  const address = order.shipping_address
  const arrival = order.metadata?.delivery?.arrival_date
  return (
    <p data-testid="confirmation-delivery">
      {t("deliveryTo", {
        address: [address?.province, address?.city, address?.address_1]
          .filter(Boolean)
          .join(" "),
      })}
      {arrival ? (
        <>
          <br />
          <span className="muted">
            {t("deliveryArrives", { date: formatDate(arrival, locale) })}
          </span>
        </>
      ) : null}
    </p>
  )
}
