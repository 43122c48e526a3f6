import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { monthName } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { isProvince, regionName } from "@lib/util/regions"
import type { ProductCategory } from "@lib/data/catalogue"
import ProductGrid from "@modules/products/templates/product-grid"
import CategoryNav from "@modules/store/components/category-nav"
import type {
  CatalogueProduct,
  FacetValue,
  OriginBrand,
} from "../../../types/catalogue"

const regionLabel = (r: FacetValue, locale: string) =>
  (locale === "en" ? r.label_en : r.label_zh) ?? regionName(r.value, locale)

export default async function HomeTemplate({
  locale,
  month,
  products,
  inSeason,
  regions,
  brands,
  categories,
  categoryCounts,
}: {
  locale: string
  month: number
  products: CatalogueProduct[]
  /** Brands harvested this month that have products; empty: newest instead. */
  inSeason: OriginBrand[]
  regions: FacetValue[]
  brands: OriginBrand[]
  categories: ProductCategory[]
  categoryCounts: FacetValue[]
}) {
  const t = await getTranslations({ locale, namespace: "home" })
  const listing = await getTranslations({ locale, namespace: "listing" })
  const seasonal = new Set(inSeason.map((b) => b.handle))
  // 重庆 → county: the province first, then its districts and counties.
  const provinces = regions.filter((r) => isProvince(r.value))
  const counties = regions
    .filter((r) => !isProvince(r.value))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
  const sortedBrands = [...brands].sort(
    (a, b) =>
      Number(seasonal.has(b.handle)) - Number(seasonal.has(a.handle)) ||
      (b.product_count ?? 0) - (a.product_count ?? 0)
  )
  return (
    <>
      <section className="hero">
        <h1>{t("hero")}</h1>
        <p>{t("heroSub")}</p>
        <form
          role="search"
          action={href(locale, "/store")}
          className="hero-search"
        >
          <label htmlFor="home-q" className="sr-only">
            {listing("search")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder={listing("searchPlaceholder")}
            enterKeyHint="search"
            data-testid="home-search"
          />
          <button type="submit">{t("searchButton")}</button>
        </form>
      </section>
      <CategoryNav
        categories={categories}
        counts={categoryCounts}
        locale={locale}
        basePath={href(locale, "/store")}
      />
      <section aria-labelledby="in-season">
        <h2 id="in-season">
          {inSeason.length
            ? t("inSeasonMonth", { month: monthName(month, locale) })
            : t("newest")}
        </h2>
        {inSeason.length ? (
          <ul className="chips" data-testid="in-season-brands">
            {inSeason.map((b) => (
              <li key={b.id}>
                <Link
                  className="chip"
                  href={href(locale, `/brands/${b.handle}`)}
                >
                  {localized(b, "name", locale)}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {products.length ? (
          <ProductGrid products={products} locale={locale} testId="in-season" />
        ) : (
          <p>{t("noProducts")}</p>
        )}
        <p>
          <Link href={href(locale, "/store")} data-testid="see-all">
            {t("seeAll")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="by-region">
        <h2 id="by-region">{t("byRegion")}</h2>
        {provinces.map((p) => (
          <p key={p.value}>
            <Link
              className="chip chip-root"
              href={href(locale, `/store?region=${p.value}`)}
              data-testid="region-root"
            >
              {t("regionAll", {
                region: regionLabel(p, locale),
                count: p.count,
              })}
            </Link>
          </p>
        ))}
        <ul
          className="chips"
          aria-label={t("counties")}
          data-testid="region-list"
        >
          {counties.map((r) => (
            <li key={r.value}>
              <Link
                className="chip"
                href={href(locale, `/store?region=${r.value}`)}
              >
                {t("withCount", {
                  label: regionLabel(r, locale),
                  count: r.count,
                })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-brand">
        <h2 id="by-brand">{t("byBrand")}</h2>
        <ul className="chips" data-testid="brand-list">
          {sortedBrands.map((b) => (
            <li key={b.id}>
              <Link className="chip" href={href(locale, `/brands/${b.handle}`)}>
                {b.product_count
                  ? t("withCount", {
                      label: localized(b, "name", locale),
                      count: b.product_count,
                    })
                  : localized(b, "name", locale)}
                {seasonal.has(b.handle) ? (
                  <span className="badge badge-season">{t("seasonBadge")}</span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
