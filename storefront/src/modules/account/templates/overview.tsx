import type { HttpTypes } from "@medusajs/types"
import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { logout } from "@lib/data/customer-actions"
import { orderCoopName, type StoreOrder } from "@lib/data/orders"
import type { EnglishNames } from "@lib/data/catalogue"
import { formatDate, formatDateTime } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { formatCnMobile } from "@lib/util/phone"
import { formatPrice } from "@lib/util/money"
import OrderStatus from "@modules/account/components/order-status"
import VerifyEmailCard from "@modules/account/components/verify-email-card"

/** The signed-in customer's account: a greeting, sign-out and their orders. */
export default async function AccountTemplate({
  customer,
  orders,
  names,
  verified,
  locale,
}: {
  customer: HttpTypes.StoreCustomer
  orders: StoreOrder[]
  names: EnglishNames
  verified: string | undefined
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "account" })
  const name =
    [customer.last_name, customer.first_name].filter(Boolean).join("") ||
    customer.email ||
    (customer.phone ? formatCnMobile(customer.phone) : "")
  // One card per order group (one checkout), its co-op orders inside.
  const groups = new Map<string, StoreOrder[]>()
  for (const order of orders) {
    const key = order.order_group?.id ?? order.id
    groups.set(key, [...(groups.get(key) ?? []), order])
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.display_id - b.display_id)
  }
  return (
    <>
      <div className="title-row">
        <h1>{t("hello", { name })}</h1>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="secondary" data-testid="logout">
            {t("logout")}
          </button>
        </form>
      </div>
      <VerifyEmailCard customer={customer} locale={locale} moved={verified} />
      <h2>{t("orders")}</h2>
      {orders.length ? (
        <ul className="plain" data-testid="order-list">
          {[...groups.values()].map((group) => (
            <li
              key={group[0].order_group?.id ?? group[0].id}
              className="card order-group"
              data-testid="order-group-card"
            >
              <h3>
                {group[0].order_group
                  ? t("group", { id: group[0].order_group.display_id })
                  : t("order", { id: group[0].display_id })}
                <span className="muted">
                  {" · "}
                  {t("placed", {
                    date: formatDate(group[0].created_at, locale),
                  })}
                </span>
              </h3>
              <ul className="plain">
                {group.map((order) => (
                  <li
                    key={order.id}
                    className="order-row"
                    data-testid="order-row"
                    data-order-id={order.id}
                  >
                    <p className="order-row-head">
                      <strong>{t("order", { id: order.display_id })}</strong>
                      <OrderStatus order={order} locale={locale} />
                    </p>
                    <p className="muted">{orderCoopName(order, names)}</p>
                    {order.pickup ? (
                      <p data-testid="order-row-pickup">
                        {t("pickupAtPoint", {
                          point: localized(order.pickup.point, "name", locale),
                        })}
                        {order.pickup.code ? (
                          <>
                            <br />
                            <strong data-testid="order-row-code">
                              {t("codeShort", { code: order.pickup.code })}
                            </strong>
                          </>
                        ) : null}
                        {order.pickup.code &&
                        order.pickup.parcel?.deadline_at ? (
                          <>
                            <br />
                            <span className="muted">
                              {t("deadline", {
                                date: formatDateTime(
                                  order.pickup.parcel.deadline_at,
                                  locale
                                ),
                              })}
                            </span>
                          </>
                        ) : null}
                      </p>
                    ) : null}
                    <p className="order-row-foot">
                      <span className="price">
                        {formatPrice(order.total, locale)}
                      </span>
                      <Link
                        href={href(locale, `/account/orders/${order.id}`)}
                        data-testid="order-details"
                        aria-label={t("detailsOf", { id: order.display_id })}
                      >
                        {t("details")}
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t("noOrders")}{" "}
          <Link href={href(locale, "/store")}>{t("startShopping")}</Link>
        </p>
      )}
    </>
  )
}
