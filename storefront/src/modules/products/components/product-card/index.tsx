import ProductImage from "@modules/common/components/product-image"
import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { productHref } from "@lib/util/href"
import { localized, productTitle } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"
import type { CatalogueProduct } from "../../../../types/catalogue"

export default async function ProductCard({
  product,
  locale,
  priority = false,
}: {
  product: CatalogueProduct
  locale: string
  /** For the first cards above the fold, which are the page's largest paint. */
  priority?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "listing" })
  const title = productTitle(product, locale)
  return (
    <li className="card product-card" data-testid="product-card">
      <Link
        href={productHref(locale, product.handle)}
        data-testid="product-link"
      >
        {product.thumbnail ? (
          <ProductImage
            className="thumb"
            src={product.thumbnail}
            alt=""
            width={320}
            height={320}
            sizes="(min-width: 64rem) 15rem, (min-width: 48rem) 30vw, 50vw"
            priority={priority}
            testId="product-card-image"
          />
        ) : (
          <div className="thumb" aria-hidden="true" />
        )}
        <p className="title">{title}</p>
        <p className="price">
          {product.max_price !== product.min_price
            ? t("fromPrice", { price: formatPrice(product.min_price, locale) })
            : formatPrice(product.min_price, locale)}
        </p>
        <p className="muted">
          {product.brand ? (
            <span className="badge">
              {localized(product.brand, "name", locale)}
            </span>
          ) : null}
          {(locale === "en" && product.vendor?.name_en) || product.vendor?.name}
        </p>
        {!product.in_stock ? <p className="muted">{t("outOfStock")}</p> : null}
      </Link>
    </li>
  )
}
