import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCatalogue, listCategories } from "@lib/data/catalogue"
import { filtersFromSearchParams } from "@lib/util/query"
import StoreTemplate from "@modules/store/templates"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 24

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "listing" })
  return { title: t("title"), description: t("description") }
}

export default async function StorePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const search = await searchParams
  const filters = filtersFromSearchParams(search, PAGE_SIZE)
  const [page, categories] = await Promise.all([
    listCatalogue(filters),
    listCategories(),
  ])
  return (
    <StoreTemplate
      page={page}
      categories={categories}
      filters={filters}
      search={search}
      pageSize={PAGE_SIZE}
      locale={locale}
    />
  )
}
