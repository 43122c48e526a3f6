import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import {
  retrieveCatalogueProduct,
  retrieveProductExtras,
} from "@lib/data/catalogue"
import { productTitle } from "@lib/util/localized"
import ProductTemplate from "@modules/products/templates"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await retrieveCatalogueProduct(handle)
  return product ? { title: productTitle(product, locale) } : {}
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const product = await retrieveCatalogueProduct(handle)
  if (!product) {
    notFound()
  }
  const extras = await retrieveProductExtras(product.id).catch(() => null)
  return <ProductTemplate product={product} extras={extras} locale={locale} />
}
