import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@i18n/routing"
import { listOriginBrands } from "@lib/data/brands"
import { listCatalogue, listCategories } from "@lib/data/catalogue"
import { shopMonth } from "@lib/util/dates"
import HomeTemplate from "@modules/home/templates"

const SHOWN = 8

export default async function HomePage({
  params,
}: {
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  // A file the middleware lets through (/favicon.ico, /apple-touch-icon.png)
  // lands here as the locale. The root layout answers 404, but pages render
  // beside it, and Intl would throw "Incorrect locale information" on it.
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  const month = shopMonth()
  const [newest, brands, categories] = await Promise.all([
    listCatalogue({ limit: SHOWN, sort: "newest" }),
    listOriginBrands().catch(() => []),
    listCategories(),
  ])
  // In season: the products of the brands harvested this month, else the newest.
  const inSeason = brands.filter(
    (b) => b.harvest_months?.includes(month) && b.product_count !== 0
  )
  const seasonal = inSeason.length
    ? await listCatalogue(
        { brand: inSeason.map((b) => b.handle), limit: SHOWN },
        { facets: false }
      ).catch(() => null)
    : null
  return (
    <HomeTemplate
      locale={locale}
      month={month}
      products={seasonal?.products.length ? seasonal.products : newest.products}
      inSeason={seasonal?.products.length ? inSeason : []}
      regions={newest.facets?.region ?? []}
      categories={categories}
      categoryCounts={newest.facets?.category ?? []}
      brands={brands}
    />
  )
}
