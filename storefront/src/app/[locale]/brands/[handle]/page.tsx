import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveOriginBrand } from "@lib/data/brands"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import ProductGrid from "@modules/products/templates/product-grid"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const detail = await retrieveOriginBrand(handle)
  return detail ? { title: localized(detail.origin_brand, "name", locale) } : {}
}

export default async function BrandPage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const detail = await retrieveOriginBrand(handle)
  if (!detail) {
    notFound()
  }
  const t = await getTranslations({ locale, namespace: "brand" })
  const { origin_brand: brand, vendors, products } = detail
  return (
    <article data-testid="brand-page">
      <h1>{localized(brand, "name", locale)}</h1>
      {brand.gi_number ? (
        <p className="muted">{t("gi", { number: brand.gi_number })}</p>
      ) : null}
      {brand.holder ? (
        <p className="muted">{t("holder", { holder: brand.holder })}</p>
      ) : null}
      <section aria-labelledby="story">
        <h2 id="story">{t("story")}</h2>
        <p>{localized(brand, "story", locale)}</p>
      </section>
      <section aria-labelledby="region">
        <h2 id="region">{t("region")}</h2>
        <ul className="chips">
          {(brand.regions ?? []).map((r) => (
            <li key={r.code}>
              <Link
                className="chip"
                href={href(locale, `/store?region=${r.code}`)}
              >
                {locale === "en" ? r.name_en : r.name}
              </Link>
            </li>
          ))}
        </ul>
        {brand.harvest_months?.length ? (
          <p>
            {t("season")}：
            {t("months", {
              months: brand.harvest_months.join(locale === "en" ? ", " : "、"),
            })}
          </p>
        ) : null}
      </section>
      {vendors.length ? (
        <section aria-labelledby="coops">
          <h2 id="coops">{t("coops")}</h2>
          <ul className="chips">
            {vendors.map((v) => (
              <li key={v.id}>
                <Link
                  className="chip"
                  href={href(locale, `/store?vendor=${v.handle}`)}
                >
                  {v.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="products">
        <h2 id="products">{t("products")}</h2>
        <ProductGrid products={products} locale={locale} />
      </section>
    </article>
  )
}
