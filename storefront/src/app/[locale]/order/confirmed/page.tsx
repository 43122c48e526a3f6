import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@lib/data/orders"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "confirmation" })
  return { title: t("title") }
}

/** The order group just placed: one card per co-op order. */
export default async function ConfirmedPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const search = await searchParams
  const ids = (search.orders ?? "")
    .split(",")
    .filter((id) => /^order_[A-Za-z0-9]+$/.test(id))
    .slice(0, 20)
  const orders = (await Promise.all(ids.map((id) => retrieveOrder(id)))).filter(
    (o) => o !== null
  )
  if (!orders.length) {
    notFound()
  }
  const t = await getTranslations({ locale, namespace: "confirmation" })
  const groupId = orders[0].order_group?.display_id ?? search.group
  return (
    <section data-testid="confirmation">
      <h1>{t("title")}</h1>
      <p data-testid="order-group">
        {t("group", { id: String(groupId ?? "") })}
      </p>
      <p data-testid="order-count">{t("orders", { count: orders.length })}</p>
      <ul className="plain">
        {orders.map((order) => (
          <li
            key={order.id}
            className="card"
            style={{ marginBottom: "0.75rem" }}
            data-testid="confirmation-order"
          >
            <h2>{t("order", { id: order.display_id })}</h2>
            <p data-testid="confirmation-coop">
              {t("coop", { name: order.vendor?.name ?? "—" })}
            </p>
            <ul>
              {order.items.map((item) => (
                <li key={item.id}>
                  {item.title} × {item.quantity}
                </li>
              ))}
            </ul>
            <p className="price">{formatPrice(order.total, locale)}</p>
          </li>
        ))}
      </ul>
      <p className="muted">{t("pickupNote")}</p>
      <Link href={href(locale, "/account")}>{t("account")}</Link>
    </section>
  )
}
