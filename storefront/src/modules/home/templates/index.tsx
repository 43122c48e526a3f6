import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import ProductGrid from "@modules/products/templates/product-grid"
import type { CataloguePage, OriginBrand } from "../../../types/catalogue"

const currentMonth = () =>
  Number(
    new Intl.DateTimeFormat("en", {
      month: "numeric",
      timeZone: "Asia/Shanghai",
    }).format(new Date())
  )

export default async function HomeTemplate({
  locale,
  page,
  brands,
}: {
  locale: string
  page: CataloguePage
  brands: OriginBrand[]
}) {
  const t = await getTranslations({ locale, namespace: "home" })
  const month = currentMonth()
  // In season: products of brands harvested this month first, then the newest.
  const inSeasonBrands = new Set(
    brands.filter((b) => b.harvest_months?.includes(month)).map((b) => b.handle)
  )
  const products = [...page.products]
    .sort(
      (a, b) =>
        Number(inSeasonBrands.has(b.brand?.handle ?? "")) -
        Number(inSeasonBrands.has(a.brand?.handle ?? ""))
    )
    .slice(0, 8)
  const regions = page.facets?.region ?? []
  return (
    <>
      <section className="hero">
        <h1>{t("hero")}</h1>
        <p>{t("heroSub")}</p>
      </section>
      <section aria-labelledby="in-season">
        <h2 id="in-season">{t("inSeason")}</h2>
        {products.length ? (
          <ProductGrid products={products} locale={locale} testId="in-season" />
        ) : (
          <p>{t("noProducts")}</p>
        )}
        <p>
          <Link href={href(locale, "/store")}>{t("seeAll")}</Link>
        </p>
      </section>
      <section aria-labelledby="by-region">
        <h2 id="by-region">{t("byRegion")}</h2>
        <p className="muted">{t("regionRoot")} →</p>
        <ul className="chips" data-testid="region-list">
          {regions.map((r) => (
            <li key={r.value}>
              <Link
                className="chip"
                href={href(locale, `/store?region=${r.value}`)}
              >
                {(locale === "en" ? r.label_en : r.label_zh) ?? r.value} (
                {r.count})
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-brand">
        <h2 id="by-brand">{t("byBrand")}</h2>
        <ul className="chips" data-testid="brand-list">
          {brands.map((b) => (
            <li key={b.id}>
              <Link className="chip" href={href(locale, `/brands/${b.handle}`)}>
                {localized(b, "name", locale)}
                {b.product_count ? ` (${b.product_count})` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
