import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { CoopGroup } from "@lib/data/cart"
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
  return (
    <>
      <p className="muted">{t("perCoopNote")}</p>
      {groups.map((group) => (
        <section
          key={group.vendor?.id ?? "none"}
          className="card"
          style={{ marginBottom: "1rem" }}
          data-testid="cart-coop-group"
        >
          <h2 data-testid="cart-coop-name">
            {group.vendor
              ? t("coop", { name: group.vendor.name })
              : t("noCoop")}
          </h2>
          <ul className="plain">
            {group.items.map((item) => (
              <li
                key={item.id}
                data-testid="cart-item"
                style={{
                  borderBottom: "1px solid var(--line)",
                  padding: "0.5rem 0",
                }}
              >
                <p style={{ margin: 0 }}>
                  <strong>{item.product_title ?? item.title}</strong> ·{" "}
                  {item.variant_title}
                </p>
                <p className="price" style={{ margin: 0 }}>
                  {formatPrice(item.unit_price, locale)}
                </p>
                <form action={updateLineItem} className="row">
                  <input type="hidden" name="line_id" value={item.id} />
                  <label htmlFor={`qty-${item.id}`} className="sr-only">
                    {t("quantity")}
                  </label>
                  <input
                    id={`qty-${item.id}`}
                    name="quantity"
                    type="number"
                    min={0}
                    max={99}
                    defaultValue={item.quantity}
                    style={{ maxWidth: "5rem" }}
                  />
                  <button type="submit" className="secondary">
                    {t("update")}
                  </button>
                  <button
                    type="submit"
                    name="quantity"
                    value="0"
                    className="secondary"
                    aria-label={`${t("remove")} ${item.title}`}
                  >
                    {t("remove")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <p>
            {t("subtotal")}：
            <span className="price">{formatPrice(group.subtotal, locale)}</span>
          </p>
        </section>
      ))}
      <p>
        {t("total")}：
        <strong className="price" data-testid="cart-total">
          {formatPrice(total, locale)}
        </strong>
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
