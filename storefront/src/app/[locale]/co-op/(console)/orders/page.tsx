import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireVendorSession } from "@lib/data/vendor-session"
import OrderListTemplate from "@modules/co-op/templates/order-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopOrders" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireVendorSession(locale)
  return <OrderListTemplate locale={locale} searchParams={await searchParams} />
}
