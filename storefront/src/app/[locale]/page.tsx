import { setRequestLocale } from "next-intl/server"
import { listOriginBrands } from "@lib/data/brands"
import { listCatalogue } from "@lib/data/catalogue"
import HomeTemplate from "@modules/home/templates"

export default async function HomePage({
  params,
}: {
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const [page, brands] = await Promise.all([
    listCatalogue({ limit: 24, sort: "newest" }),
    listOriginBrands().catch(() => []),
  ])
  return <HomeTemplate locale={locale} page={page} brands={brands} />
}
