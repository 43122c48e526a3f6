import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import {
  formatList,
  localized,
  productTitle,
  variantSize,
} from "@lib/util/localized"
import { formatMeasured, sortMetrics } from "@lib/util/metrics"
import { formatPriceRange, formatPrice } from "@lib/util/money"
import { isProvince, regionName } from "@lib/util/regions"
import type { CatalogueProductDetail } from "../../../types/catalogue"
import ProductImage from "@modules/common/components/product-image"
import AddToCart from "../components/add-to-cart"
import CoopCard from "../components/coop-card"

export default async function ProductTemplate({
  product,
  locale,
}: {
  product: CatalogueProductDetail
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  const zone = await getTranslations({ locale, namespace: "zone" })
  const cert = await getTranslations({ locale, namespace: "cert" })
  const metric = await getTranslations({ locale, namespace: "metric" })
  const title = productTitle(product, locale)
  // By grade rank (特级 first), then price; ungraded sizes keep price order.
  const variants = [...product.variants].sort(
    (a, b) =>
      (a.grade?.rank ?? 99) - (b.grade?.rank ?? 99) ||
      (a.price ?? Infinity) - (b.price ?? Infinity)
  )
  const graded = variants.filter((v) => v.grade)
  const temperature = product.temperature_class ?? "ambient"
  // The county when there is one; the province alone otherwise.
  const counties = product.region_codes.filter((c) => !isProvince(c))
  const origin = formatList(
    (counties.length ? counties : product.region_codes).map((c) =>
      regionName(c, locale)
    ),
    locale
  )
  const photos = product.images?.length
    ? product.images.map((image) => image.url)
    : product.thumbnail
      ? [product.thumbnail]
      : []
  const description =
    locale === "en"
      ? (product.description_en ?? product.description)
      : product.description
  const variantTitle = (v: (typeof variants)[number]) =>
    (locale === "en" && v.title_en) || v.title
  const gradeLabel = (v: (typeof variants)[number]) =>
    v.grade
      ? `${localized(v.grade, "name", locale)} · ${variantSize(variantTitle(v), v.grade)}`
      : variantTitle(v)
  return (
    <article className="product product-page-pad" data-testid="product-page">
      <div>
        {photos.length ? (
          <ul
            className="gallery plain"
            aria-label={t("photos", { count: photos.length })}
            // A row that scrolls must be reachable by keyboard.
            tabIndex={photos.length > 1 ? 0 : undefined}
            data-testid="product-gallery"
          >
            {photos.map((url, i) => (
              <li key={url}>
                <ProductImage
                  className="product-image"
                  src={url}
                  alt={t("photoAlt", {
                    title,
                    n: i + 1,
                    count: photos.length,
                  })}
                  width={800}
                  height={800}
                  sizes={`(min-width: 64rem) 30rem, (min-width: 48rem) 45vw, ${photos.length > 1 ? 88 : 100}vw`}
                  priority={i === 0}
                  testId="product-photo"
                />
              </li>
            ))}
          </ul>
        ) : null}
        <h1 data-testid="product-title">{title}</h1>
        <p className="price" data-testid="product-price">
          {formatPriceRange(product.min_price, product.max_price, locale)}
        </p>
        {origin ? (
          <p data-testid="product-origin">{t("origin", { region: origin })}</p>
        ) : null}
        {product.brand || product.certifications.length ? (
          <ul className="badges" aria-label={t("certifications")}>
            {product.brand ? (
              <li>
                <Link
                  className="claim claim-brand"
                  href={href(locale, `/brands/${product.brand.handle}`)}
                  data-testid="brand-badge"
                >
                  <strong>{t("brand")}</strong>
                  <span>{localized(product.brand, "name", locale)}</span>
                </Link>
              </li>
            ) : null}
            {product.certifications.map((c) => (
              <li key={c.id} className="claim" data-testid="cert-badge">
                <strong>{cert.has(c.type) ? cert(c.type) : c.type}</strong>
                <span>{t("certNumber", { number: c.number })}</span>
                <span>
                  {t("validUntil", { date: formatDate(c.valid_to, locale) })}
                </span>
                <span className="muted" data-testid="cert-issuer">
                  {t("issuer", {
                    issuer: (locale === "en" && c.issuer_en) || c.issuer,
                  })}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {description ? (
          <section aria-labelledby="description">
            <h2 id="description">{t("description")}</h2>
            <p className="description" data-testid="product-description">
              {description}
            </p>
          </section>
        ) : null}
      </div>
      <div>
        {variants.length ? (
          <AddToCart
            cartHref={href(locale, "/cart")}
            variants={variants.map((v) => ({
              id: v.id,
              label: gradeLabel(v),
              price: formatPrice(v.price, locale),
              amount: v.price,
              inStock: v.in_stock && v.price !== null,
            }))}
            labels={{
              grades: graded.length ? t("grades") : t("sizes"),
              quantity: t("quantity"),
              add: t("add"),
              adding: t("adding"),
              added: t("added"),
              viewCart: t("viewCart"),
              outOfStock: t("outOfStock"),
              error: t("addError"),
            }}
          />
        ) : (
          <p>{t("noVariant")}</p>
        )}
        {graded.length ? (
          <section aria-labelledby="grade-means">
            <h2 id="grade-means">{t("gradeMeans")}</h2>
            {graded.map((v) => {
              const grade = v.grade!
              const measured = sortMetrics(Object.keys(grade.measured ?? {}))
              return (
                <section
                  key={v.id}
                  className="card grade-card"
                  aria-labelledby={`grade-${v.id}`}
                  data-testid="grade-card"
                >
                  <h3 id={`grade-${v.id}`}>{gradeLabel(v)}</h3>
                  <p>{localized(grade, "summary", locale)}</p>
                  <p className="muted">
                    {t("standard", {
                      code: grade.standard_code,
                      title: localized(grade, "standard_title", locale),
                    })}
                  </p>
                  {measured.length ? (
                    <table data-testid="measured">
                      <caption>{t("measured")}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("criterion")}</th>
                          <th scope="col">{t("value")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {measured.map((code) => (
                          <tr key={code}>
                            <th scope="row">
                              {metric.has(code) ? metric(code) : code}
                            </th>
                            <td>
                              {formatMeasured(
                                code,
                                grade.measured[code],
                                locale
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                </section>
              )
            })}
          </section>
        ) : null}
        <section aria-labelledby="pickup">
          <h2 id="pickup">{t("pickup")}</h2>
          <p data-testid="pickup-availability" data-zone={temperature}>
            {t("pickupYes", { zone: zone(temperature) })}
          </p>
          {temperature !== "ambient" ? (
            <p className="muted">
              {t("pickupCold", { zone: zone(temperature) })}
            </p>
          ) : null}
        </section>
        {product.vendor ? (
          <CoopCard vendor={product.vendor} locale={locale} />
        ) : null}
      </div>
    </article>
  )
}
