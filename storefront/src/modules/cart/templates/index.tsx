import ProductImage from "@modules/common/components/product-image"
import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import {
  coopName,
  lineTitle,
  lineVariantTitle,
  type CoopGroup,
} from "@lib/data/cart"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import QuantityStepper from "../components/quantity-stepper"

/** Lines grouped by co-op, each with its photo slot and a − / + stepper. */
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
              ? t("coop", { name: coopName(group.vendor, locale) })
              : t("noCoop")}
          </h2>
          <ul className="plain">
            {group.items.map((item) => {
              const name = lineTitle(item, group, locale)
              const variant = lineVariantTitle(item, group, locale)
              return (
                <li key={item.id} className="cart-line" data-testid="cart-item">
                  {/* The product's photo (copied onto the line when added);
                      a quiet placeholder keeps the layout without one. */}
                  {item.thumbnail ? (
                    <ProductImage
                      className="cart-thumb"
                      src={item.thumbnail}
                      alt=""
                      width={64}
                      height={64}
                      sizes="4rem"
                      testId="cart-item-thumbnail"
                    />
                  ) : (
                    <span
                      className="cart-thumb cart-thumb-empty"
                      role="img"
                      aria-label={t("noPhoto")}
                      data-testid="cart-thumb-empty"
                    />
                  )}
                  <div className="cart-line-body">
                    <p className="cart-line-title">
                      <strong data-testid="cart-line-title">{name}</strong>
                      {variant ? (
                        <span className="muted" data-testid="cart-line-variant">
                          {variant}
                        </span>
                      ) : null}
                    </p>
                    <p className="cart-line-price">
                      {t.rich("unitPrice", {
                        price: formatPrice(item.unit_price, locale),
                        b: price,
                      })}
                    </p>
                    <QuantityStepper
                      key={`${item.id}-${item.quantity}`}
                      lineId={item.id}
                      quantity={item.quantity}
                      labels={{
                        quantityOf: t("quantityOf", { name }),
                        decrease: t("decrease", { name }),
                        increase: t("increase", { name }),
                        update: t("update"),
                        remove: t("remove"),
                        removeItem: t("removeItem", { name }),
                        confirmRemove: t("confirmRemove", { name }),
                        confirmYes: t("confirmYes"),
                        confirmNo: t("confirmNo"),
                      }}
                    />
                  </div>
                </li>
              )
            })}
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
