import type { Metadata } from "next"
import Link from "@modules/common/components/shop-link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import {
  englishNames,
  orderCoopName,
  orderLineNames,
  retrieveOrder,
} from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import OrderStatus from "@modules/account/components/order-status"
import PickupCard from "@modules/account/components/pickup-card"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  const order = await retrieveOrder(id)
  return {
    title: t("order", { id: order?.display_id ?? id }),
    robots: { index: false },
  }
}

export default async function OrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const order = await retrieveOrder(id)
  if (!order) {
    notFound()
  }
  const names = await englishNames([order], locale)
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <article data-testid="order-page" aria-labelledby="order-title">
      <p>
        <Link href={href(locale, "/account")}>{t("backToOrders")}</Link>
      </p>
      <h1 id="order-title" className="order-row-head">
        <span>{t("order", { id: order.display_id })}</span>
        <OrderStatus order={order} locale={locale} />
      </h1>
      <p className="muted">
        {orderCoopName(order, names)}
        {" · "}
        {t("placed", { date: formatDate(order.created_at, locale) })}
        {order.order_group
          ? ` · ${t("group", { id: order.order_group.display_id })}`
          : ""}
      </p>
      {order.pickup ? (
        <PickupCard pickup={order.pickup} locale={locale} />
      ) : null}
      <section aria-labelledby="order-items">
        <h2 id="order-items">{t("items")}</h2>
        <ul className="plain order-items" data-testid="order-items">
          {order.items.map((item) => {
            const { title, variant } = orderLineNames(item, names)
            return (
              <li key={item.id} className="order-item">
                <span>
                  {variant
                    ? t("itemWithVariant", {
                        title,
                        variant,
                        quantity: item.quantity,
                      })
                    : t("item", { title, quantity: item.quantity })}
                </span>
                <span className="price">{formatPrice(item.total, locale)}</span>
              </li>
            )
          })}
        </ul>
        <p className="order-total">
          {t.rich("total", {
            amount: formatPrice(order.total, locale),
            b: (chunks) => <strong className="price">{chunks}</strong>,
          })}
        </p>
      </section>
    </article>
  )
}
