import ProductImage from "@modules/common/components/product-image"
import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { lineTitle, type CoopGroup } from "@lib/data/cart"
import { updateLineItem } from "@lib/data/cart-actions"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"

/** Lines grouped by co-op; quantity forms post to a server action (no client JS). */
export default async function CartTemplate({
  groups,
  total,
  locale,
}: {
  groups: CoopGroup[]
  total: number
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const price = (chunks: ReactNode) => <span className="price">{chunks}</span>
  return (
    <>
      <p className="muted">{t("perCoopNote", { count: groups.length })}</p>
      {groups.map((group) => (
        <section
          key={group.vendor?.id ?? "none"}
          className="card cart-group"
          aria-labelledby={`cart-coop-${group.vendor?.id ?? "none"}`}
          data-testid="cart-coop-group"
          data-vendor={group.vendor?.handle ?? ""}
        >
          <h2
            id={`cart-coop-${group.vendor?.id ?? "none"}`}
            data-testid="cart-coop-name"
          >
            {group.vendor
              ? t("coop", { name: group.vendor.name })
              : t("noCoop")}
          </h2>
          <ul className="plain">
            {group.items.map((item) => (
              <li key={item.id} className="cart-line" data-testid="cart-item">
                {item.thumbnail ? (
                  <ProductImage
                    className="cart-line-thumb"
                    src={item.thumbnail}
                    alt=""
                    width={64}
                    height={64}
                    sizes="4rem"
                    testId="cart-item-thumbnail"
                  />
                ) : (
                  <span className="cart-line-thumb" aria-hidden="true" />
                )}
                <p className="cart-line-title">
                  <strong>{lineTitle(item, group, locale)}</strong>
                  {item.variant_title ? (
                    <span className="muted">{item.variant_title}</span>
                  ) : null}
                </p>
                <p className="cart-line-price">
                  {t.rich("unitPrice", {
                    price: formatPrice(item.unit_price, locale),
                    b: price,
                  })}
                </p>
                <form action={updateLineItem} className="row cart-line-form">
                  <input type="hidden" name="line_id" value={item.id} />
                  <label htmlFor={`qty-${item.id}`} className="sr-only">
                    {t("quantityOf", { name: lineTitle(item, group, locale) })}
                  </label>
                  <input
                    id={`qty-${item.id}`}
                    name="quantity"
                    type="number"
                    min={0}
                    max={99}
                    defaultValue={item.quantity}
                    inputMode="numeric"
                    className="quantity"
                    data-testid="cart-quantity"
                  />
                  <button
                    type="submit"
                    className="secondary"
                    data-testid="cart-update"
                  >
                    {t("update")}
                  </button>
                  <button
                    type="submit"
                    name="quantity"
                    value="0"
                    className="secondary"
                    aria-label={t("removeItem", {
                      name: lineTitle(item, group, locale),
                    })}
                    data-testid="cart-remove"
                  >
                    {t("remove")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <p data-testid="cart-subtotal">
            {t.rich("subtotal", {
              amount: formatPrice(group.subtotal, locale),
              b: price,
            })}
          </p>
        </section>
      ))}
      <p className="cart-total">
        {t.rich("total", {
          amount: formatPrice(total, locale),
          b: (chunks) => (
            <strong className="price" data-testid="cart-total">
              {chunks}
            </strong>
          ),
        })}
      </p>
      <Link
        className="button"
        href={href(locale, "/checkout")}
        data-testid="go-checkout"
      >
        {t("checkout")}
      </Link>
    </>
  )
}
