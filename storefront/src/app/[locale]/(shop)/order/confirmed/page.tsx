import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { englishNames, retrieveOrder } from "@lib/data/orders"
import OrderConfirmedTemplate from "@modules/order/templates/order-confirmed"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "confirmation" })
  return { title: t("title"), robots: { index: false } }
}

/** The order group just placed, from the order ids checkout sent here. */
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
  const names = await englishNames(orders, locale)
  return (
    <OrderConfirmedTemplate
      orders={orders}
      names={names}
      group={search.group}
      locale={locale}
    />
  )
}
