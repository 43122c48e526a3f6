import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { OriginBrandDetail } from "@lib/data/brands"
import { formatMonths, shopMonth } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { regionName } from "@lib/util/regions"
import ProductGrid from "@modules/products/templates/product-grid"

/** An origin brand: its story, region and season, co-ops and products. */
export default async function BrandTemplate({
  detail,
  locale,
}: {
  detail: OriginBrandDetail
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "brand" })
  const kind = await getTranslations({ locale, namespace: "brandType" })
  const { origin_brand: brand, vendors, products } = detail
  const season = formatMonths(brand.harvest_months, locale)
  const inSeason = Boolean(brand.harvest_months?.includes(shopMonth()))
  const story = localized(brand, "story", locale)
  return (
    <article data-testid="brand-page">
      <h1>{localized(brand, "name", locale)}</h1>
      <p className="muted">
        {kind.has(brand.type) ? kind(brand.type) : null}
        {brand.gi_number ? ` · ${t("gi", { number: brand.gi_number })}` : ""}
        {brand.holder ? ` · ${t("holder", { holder: brand.holder })}` : ""}
      </p>
      {story ? (
        <section aria-labelledby="story">
          <h2 id="story">{t("story")}</h2>
          <p data-testid="brand-story">{story}</p>
        </section>
      ) : null}
      <section aria-labelledby="region">
        <h2 id="region">{t("region")}</h2>
        <ul className="chips" data-testid="brand-regions">
          {(brand.regions ?? []).map((r) => (
            <li key={r.code}>
              <Link
                className="chip"
                href={href(locale, `/store?region=${r.code}`)}
              >
                {localized(r, "name", locale) || regionName(r.code, locale)}
              </Link>
            </li>
          ))}
        </ul>
        {season ? (
          <p data-testid="brand-season">
            {t("season", { months: season })}
            {inSeason ? (
              <span className="badge badge-season">{t("inSeasonNow")}</span>
            ) : null}
          </p>
        ) : null}
      </section>
      {vendors.length ? (
        <section aria-labelledby="coops">
          <h2 id="coops">{t("coops")}</h2>
          <ul className="chips" data-testid="brand-coops">
            {vendors.map((v) => (
              <li key={v.id}>
                <Link
                  className="chip"
                  href={href(locale, `/store?vendor=${v.handle}`)}
                >
                  {v.region_code
                    ? t("coopIn", {
                        name: v.name,
                        region: regionName(v.region_code, locale),
                      })
                    : v.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="products">
        <h2 id="products">{t("products")}</h2>
        {products.length ? (
          <ProductGrid products={products} locale={locale} />
        ) : (
          <p>{t("noProducts")}</p>
        )}
      </section>
    </article>
  )
}
