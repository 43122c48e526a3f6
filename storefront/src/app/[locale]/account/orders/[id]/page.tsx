import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import { formatPrice } from "@lib/util/money"
import PickupCard from "@modules/account/components/pickup-card"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("order", { id }) }
}

export default async function OrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const order = await retrieveOrder(id)
  if (!order) {
    notFound()
  }
  const t = await getTranslations({ locale, namespace: "account" })
  const status = await getTranslations({ locale, namespace: "status" })
  return (
    <article data-testid="order-page">
      <h1>{t("order", { id: order.display_id })}</h1>
      <p>
        {order.vendor?.name} ·{" "}
        {t("placed", { date: formatDate(order.created_at, locale) })} ·{" "}
        {t("status")}：
        {status.has(order.status) ? status(order.status) : order.status}
      </p>
      <ul>
        {order.items.map((item) => (
          <li key={item.id}>
            {item.title} × {item.quantity} · {formatPrice(item.total, locale)}
          </li>
        ))}
      </ul>
      <p className="price">{formatPrice(order.total, locale)}</p>
      {order.pickup ? (
        <PickupCard pickup={order.pickup} locale={locale} />
      ) : null}
    </article>
  )
}
