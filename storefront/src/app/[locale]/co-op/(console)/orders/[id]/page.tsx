import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveVendorOrder } from "@lib/data/vendor-orders"
import { requireVendorSession } from "@lib/data/vendor-session"
import OrderDetailTemplate from "@modules/co-op/templates/order-detail"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopOrders" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopOrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  const order = await retrieveVendorOrder(id)
  if (!order) {
    notFound()
  }
  return <OrderDetailTemplate locale={locale} session={session} order={order} />
}
