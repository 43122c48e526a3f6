import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import type { ProductCategory } from "@lib/data/catalogue"
import { href } from "@lib/util/href"
import { keptParams } from "@lib/util/query"
import ProductGrid from "@modules/products/templates/product-grid"
import ActiveFilters from "@modules/store/components/active-filters"
import CategoryNav from "@modules/store/components/category-nav"
import Filters from "@modules/store/components/filters"
import SearchBox from "@modules/store/components/search-box"
import type { CatalogueFilters, CataloguePage } from "../../../types/catalogue"

const SORTS = [
  ["newest", "sortNewest"],
  ["price_asc", "sortPriceAsc"],
  ["price_desc", "sortPriceDesc"],
  ["title", "sortTitle"],
] as const

/** The catalogue: categories, search and filters, sorted results, pages. */
export default async function StoreTemplate({
  page,
  categories,
  filters,
  search,
  pageSize,
  locale,
}: {
  page: CataloguePage
  categories: ProductCategory[]
  filters: CatalogueFilters
  search: Record<string, string | string[] | undefined>
  pageSize: number
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "listing" })
  const basePath = href(locale, "/store")
  const offset = filters.offset ?? 0
  const pageNo = offset / pageSize + 1
  const pageLink = (n: number) => {
    const next = new URLSearchParams(keptParams(search, ["page"]))
    next.set("page", String(n))
    return `${basePath}?${next}`
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <CategoryNav
        categories={categories}
        counts={page.facets?.category}
        active={filters.category ?? []}
        locale={locale}
        basePath={basePath}
      />
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
            categories={categories}
            params={search}
            locale={locale}
            basePath={basePath}
          />
        </aside>
        <section aria-labelledby="results">
          <h2 id="results" className="sr-only">
            {t("resultsHeading")}
          </h2>
          <div className="results-bar">
            <p
              className="muted"
              role="status"
              aria-live="polite"
              data-testid="result-count"
            >
              {t("results", { count: page.count })}
            </p>
            <form method="get" action={basePath} className="sort-form">
              {keptParams(search, ["sort", "page"]).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <label htmlFor="sort">{t("sort")}</label>
              <select
                id="sort"
                name="sort"
                defaultValue={filters.sort ?? "newest"}
                data-testid="sort-select"
              >
                {SORTS.map(([value, key]) => (
                  <option key={value} value={value}>
                    {t(key)}
                  </option>
                ))}
              </select>
              <button type="submit" className="secondary">
                {t("apply")}
              </button>
            </form>
          </div>
          <ActiveFilters
            params={search}
            facets={page.facets}
            categories={categories}
            vendors={page.products.flatMap((p) => (p.vendor ? [p.vendor] : []))}
            locale={locale}
            basePath={basePath}
          />
          {page.products.length ? (
            <ProductGrid products={page.products} locale={locale} />
          ) : (
            <p data-testid="listing-empty">{t("empty")}</p>
          )}
          <nav className="row pager" aria-label={t("pagination")}>
            {pageNo > 1 ? (
              <Link href={pageLink(pageNo - 1)} rel="prev">
                {t("prev")}
              </Link>
            ) : null}
            {offset + pageSize < page.count ? (
              <Link href={pageLink(pageNo + 1)} rel="next">
                {t("next")}
              </Link>
            ) : null}
          </nav>
        </section>
      </div>
    </>
  )
}
