import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireVendorSession } from "@lib/data/vendor-session"
import ProductListTemplate from "@modules/co-op/templates/product-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopProductsPage({
  params,
  searchParams,
}: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  return (
    <ProductListTemplate
      locale={locale}
      session={session}
      searchParams={await searchParams}
    />
  )
}
