import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveVendorProduct } from "@lib/data/vendor-products"
import { requireVendorSession } from "@lib/data/vendor-session"
import ProductEditTemplate from "@modules/co-op/templates/product-edit"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopProductPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  const product = await retrieveVendorProduct(id)
  if (!product) {
    notFound()
  }
  const { created, saved } = await searchParams
  return (
    <ProductEditTemplate
      locale={locale}
      session={session}
      product={product}
      created={created === "1"}
      saved={typeof saved === "string" ? saved : undefined}
    />
  )
}
