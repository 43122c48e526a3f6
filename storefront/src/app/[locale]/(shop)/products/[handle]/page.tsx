import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveCatalogueProduct } from "@lib/data/catalogue"
import { decodeSegment } from "@lib/util/href"
import { localized, productTitle } from "@lib/util/localized"
import ProductTemplate from "@modules/products/templates"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle: segment } = await params
  const handle = decodeSegment(segment)
  const product = await retrieveCatalogueProduct(handle)
  return product
    ? {
        title: productTitle(product, locale),
        description: [
          productTitle(product, locale),
          localized(product.brand, "name", locale),
          product.vendor?.name,
        ]
          .filter(Boolean)
          .join(" · "),
      }
    : {}
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle: segment } = await params
  const handle = decodeSegment(segment)
  setRequestLocale(locale)
  const product = await retrieveCatalogueProduct(handle)
  if (!product) {
    notFound()
  }
  return <ProductTemplate product={product} locale={locale} />
}
