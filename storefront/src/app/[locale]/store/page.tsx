import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Suspense } from "react"
import { listCatalogue } from "@lib/data/catalogue"
import { href } from "@lib/util/href"
import { filtersFromSearchParams } from "@lib/util/query"
import ProductGrid from "@modules/products/templates/product-grid"
import Filters from "@modules/store/components/filters"
import SearchBox from "@modules/store/components/search-box"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 24

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "listing" })
  return { title: t("title") }
}

export default async function StorePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const search = await searchParams
  const filters = filtersFromSearchParams(search, PAGE_SIZE)
  const [page, t] = await Promise.all([
    listCatalogue(filters),
    getTranslations({ locale, namespace: "listing" }),
  ])
  const basePath = href(locale, "/store")
  const offset = filters.offset ?? 0
  const pageNo = offset / PAGE_SIZE + 1
  const pageLink = (n: number) => {
    const next = new URLSearchParams()
    for (const [k, v] of Object.entries(search)) {
      if (k !== "page" && typeof v === "string") next.set(k, v)
    }
    next.set("page", String(n))
    return `${basePath}?${next}`
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <div className="split">
        <aside>
          <Suspense>
            <SearchBox
              label={t("search")}
              placeholder={t("searchPlaceholder")}
            />
          </Suspense>
          <Filters
            facets={page.facets}
            params={search}
            locale={locale}
            basePath={basePath}
          />
        </aside>
        <section aria-live="polite">
          <p className="muted" data-testid="result-count">
            {t("results", { count: page.count })}
          </p>
          {page.products.length ? (
            <ProductGrid products={page.products} locale={locale} />
          ) : (
            <p>{t("empty")}</p>
          )}
          <nav className="row" aria-label="pagination">
            {pageNo > 1 ? (
              <Link href={pageLink(pageNo - 1)}>{t("prev")}</Link>
            ) : null}
            {offset + PAGE_SIZE < page.count ? (
              <Link href={pageLink(pageNo + 1)}>{t("next")}</Link>
            ) : null}
          </nav>
        </section>
      </div>
    </>
  )
}
