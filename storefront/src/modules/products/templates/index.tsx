import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized, productTitle } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"
import type { CatalogueProduct } from "../../../types/catalogue"
import AddToCart from "../components/add-to-cart"

type Extras = {
  metadata: Record<string, unknown> | null
  vendor?: {
    id: string
    handle: string
    name: string
    region?: { name: string; name_en: string } | null
    description_zh?: string
    description_en?: string
  }
} | null

export default async function ProductTemplate({
  product,
  extras,
  locale,
}: {
  product: CatalogueProduct
  extras: Extras
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  const zone = await getTranslations({ locale, namespace: "zone" })
  const cert = await getTranslations({ locale, namespace: "cert" })
  const title = productTitle(product, locale)
  const variants = [...product.variants].sort(
    (a, b) => (a.grade?.rank ?? 99) - (b.grade?.rank ?? 99)
  )
  const temperature = String(extras?.metadata?.temperature_class ?? "ambient")
  const vendor = extras?.vendor ?? product.vendor
  return (
    <article className="product" data-testid="product-page">
      <div>
        {product.thumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={product.thumbnail} alt={title} width={640} height={640} />
        ) : null}
        <h1 data-testid="product-title">{title}</h1>
        <p className="price">
          {formatPrice(product.min_price, locale)}
          {product.max_price !== product.min_price
            ? ` – ${formatPrice(product.max_price, locale)}`
            : ""}
        </p>
        {product.brand || product.certifications.length ? (
          <ul className="chips" aria-label={t("certifications")}>
            {product.brand ? (
              <li>
                <Link
                  className="chip"
                  href={href(locale, `/brands/${product.brand.handle}`)}
                  data-testid="brand-badge"
                >
                  {t("brand")}：{localized(product.brand, "name", locale)}
                </Link>
              </li>
            ) : null}
            {product.certifications.map((c) => (
              <li key={c.id} className="chip" data-testid="cert-badge">
                {cert.has(c.type) ? cert(c.type) : c.type} ·{" "}
                {t("certNumber", { number: c.number })} ·{" "}
                {t("validUntil", { date: formatDate(c.valid_to, locale) })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div>
        {variants.length ? (
          <AddToCart
            cartHref={href(locale, "/cart")}
            variants={variants.map((v) => ({
              id: v.id,
              label: v.grade
                ? `${localized(v.grade, "name", locale)} · ${v.title}`
                : v.title,
              price: formatPrice(v.price, locale),
              inStock: v.in_stock && v.price !== null,
            }))}
            labels={{
              grades: t("grades"),
              quantity: t("quantity"),
              add: t("add"),
              adding: t("adding"),
              added: t("added"),
              viewCart: t("viewCart"),
              outOfStock: t("outOfStock"),
            }}
          />
        ) : (
          <p>{t("noVariant")}</p>
        )}
        <section aria-labelledby="grade-means">
          <h2 id="grade-means">{t("gradeMeans")}</h2>
          {variants.map((v) =>
            v.grade ? (
              <div
                key={v.id}
                className="card"
                style={{ marginBottom: "0.5rem" }}
                data-testid="grade-card"
              >
                <h3>{localized(v.grade, "name", locale)}</h3>
                <p>{localized(v.grade, "summary", locale)}</p>
                <p className="muted">
                  {t("standard")}：{v.grade.standard_code}{" "}
                  {localized(v.grade, "standard_title", locale)}
                </p>
                {Object.keys(v.grade.measured ?? {}).length ? (
                  <table>
                    <caption className="sr-only">{t("measured")}</caption>
                    <tbody>
                      {Object.entries(v.grade.measured).map(([k, value]) => (
                        <tr key={k}>
                          <th scope="row">{k}</th>
                          <td>{value}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </div>
            ) : null
          )}
        </section>
        <section aria-labelledby="pickup">
          <h2 id="pickup">{t("pickup")}</h2>
          <p data-testid="pickup-availability">
            {t("pickupYes", { zone: zone(temperature as "ambient") })}
          </p>
        </section>
        {vendor ? (
          <section
            aria-labelledby="coop"
            className="card"
            data-testid="coop-card"
          >
            <h2 id="coop">{t("coop")}</h2>
            <p>
              <strong>{vendor.name}</strong>
            </p>
            {extras?.vendor ? (
              <p className="muted">
                {localized(
                  extras.vendor as Record<string, unknown>,
                  "description",
                  locale
                )}
              </p>
            ) : null}
            {vendor.handle ? (
              <Link href={href(locale, `/store?vendor=${vendor.handle}`)}>
                {t("visitCoop")}
              </Link>
            ) : null}
          </section>
        ) : null}
      </div>
    </article>
  )
}
