import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import OrderLookupTemplate from "@modules/order/templates/order-lookup"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "lookup" })
  return { title: t("title"), robots: { index: false } }
}

/** 查询订单: a guest finds their order (and pickup code) by number and phone tail. */
export default async function OrderLookupPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { order } = await searchParams
  return <OrderLookupTemplate locale={locale} order={order} />
}
