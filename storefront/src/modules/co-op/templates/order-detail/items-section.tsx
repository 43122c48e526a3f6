import { getTranslations } from "next-intl/server"
import type { ApiVendorOrder } from "../../../../types/co-op"
import { formatPrice } from "@lib/util/money"
import styles from "../../console.module.css"

/** The co-op's lines with their prices, then shipping, tax and the total. */
export default async function ItemsSection({
  order,
  locale,
}: {
  order: ApiVendorOrder
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "coopOrders" })
  const money = (amount: number | undefined) =>
    formatPrice(amount ?? 0, locale, order.currency_code)
  return (
    <section aria-labelledby="o-items" className={`card ${styles.section}`}>
      <h2 id="o-items">{t("items")}</h2>
      <ul className={`plain ${styles.items}`} data-testid="coop-order-items">
        {(order.items ?? []).map((item) => (
          <li key={item.id} className={styles.item}>
            <span>
              <strong>{item.title}</strong>
              {item.subtitle ? ` · ${item.subtitle}` : ""}
              {item.variant_sku ? (
                <span className="muted"> · {item.variant_sku}</span>
              ) : null}
            </span>
            <span className="muted">
              {money(item.unit_price)} × {item.quantity}
              {item.detail?.fulfilled_quantity
                ? ` · ${t("fulfilled", { count: item.detail.fulfilled_quantity })}`
                : ""}
            </span>
            <span className="price">{money(item.total)}</span>
          </li>
        ))}
      </ul>
      <dl className={styles.dl}>
        <dt>{t("shipping")}</dt>
        <dd>{money(order.shipping_total)}</dd>
        <dt>{t("tax")}</dt>
        <dd>{money(order.tax_total)}</dd>
        <dt>
          <strong>{t("total")}</strong>
        </dt>
        <dd className="price" data-testid="coop-order-total">
          {money(order.total)}
        </dd>
      </dl>
    </section>
  )
}
