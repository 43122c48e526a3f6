import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { LOW_STOCK_THRESHOLD } from "@modules/co-op/lib/dashboard"
import { loadDashboard } from "@lib/data/vendor-overview"
import type { VendorSession } from "../../../types/co-op"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import OrderRow from "../components/order-row"
import styles from "../console.module.css"

export default async function DashboardTemplate({
  locale,
  session,
}: {
  locale: string
  session: VendorSession
}) {
  const [t, data] = await Promise.all([
    getTranslations({ locale, namespace: "coopDashboard" }),
    loadDashboard(session),
  ])
  const path = (p: string) => href(locale, `/co-op${p}`)
  const pending = session.vendor.status === "pending_review"
  return (
    <div data-testid="coop-dashboard">
      <h1>{t("title")}</h1>
      <p className="muted" data-testid="coop-handle">
        {t("handle", { handle: session.vendor.handle })}
      </p>
      {pending ? (
        <section
          className={`card ${styles.callout}`}
          data-testid="coop-pending-review"
        >
          <h2>{t("pendingTitle")}</h2>
          <p>{t("pendingText")}</p>
          <Link className="button" href={path("/products/new")}>
            {t("pendingAction")}
          </Link>
        </section>
      ) : null}
      <ul className={styles.stats}>
        <li className="card" data-testid="coop-stat-today">
          <span className={styles.statLabel}>{t("today")}</span>
          <span className={styles.statValue}>
            {t("todayCount", { count: data.today.count })}
          </span>
          <span className="muted">
            {t("todayRevenue", {
              amount: formatPrice(data.today.revenue, locale),
            })}
          </span>
        </li>
        <li className="card" data-testid="coop-stat-to-fulfil">
          <span className={styles.statLabel}>{t("toFulfil")}</span>
          <span className={styles.statValue}>
            {t("toFulfilCount", { count: data.toFulfilCount })}
          </span>
          <Link
            href={path(
              data.toFulfilCount ? "/orders?status=to_fulfil" : "/orders"
            )}
            className="muted"
          >
            {data.toFulfilCount ? t("viewToFulfil") : t("allOrders")}
          </Link>
        </li>
        <li className="card" data-testid="coop-stat-payable">
          <span className={styles.statLabel}>{t("payable")}</span>
          <span className={`${styles.statValue} price`}>
            {formatPrice(data.payouts.payable, locale)}
          </span>
          <Link href={path("/payouts")} className="muted">
            {t("viewPayouts")}
          </Link>
        </li>
        <li className="card" data-testid="coop-stat-pending">
          <span className={styles.statLabel}>{t("pending")}</span>
          <span className={styles.statValue}>
            {formatPrice(data.payouts.pending, locale)}
          </span>
          <span className="muted">
            {t("products", { count: data.productCount })}
          </span>
        </li>
      </ul>

      <section aria-labelledby="dash-today">
        <h2 id="dash-today">{t("today")}</h2>
        {data.today.orders.length ? (
          <ul
            className={`plain ${styles.list}`}
            data-testid="coop-today-orders"
          >
            {data.today.orders.map((order) => (
              <OrderRow key={order.id} order={order} locale={locale} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t("todayNone")}</p>
        )}
      </section>

      <section aria-labelledby="dash-low">
        <h2 id="dash-low">{t("lowStock")}</h2>
        <p className="muted">
          {t("lowStockHint", { threshold: LOW_STOCK_THRESHOLD })}
        </p>
        {data.lowStock.length ? (
          <ul className={`plain ${styles.list}`} data-testid="coop-low-stock">
            {data.lowStock.map((item) => (
              <li
                key={item.variantId}
                className={`card ${styles.lowRow}`}
                data-testid="coop-low-stock-row"
              >
                <span>
                  <strong>{item.productTitle}</strong> · {item.variantTitle}
                  {item.sku ? (
                    <span className="muted"> · {item.sku}</span>
                  ) : null}
                </span>
                <span className={item.available === 0 ? "error" : styles.warn}>
                  {t("available", { count: item.available })}
                </span>
                <Link href={path(`/products/${item.productId}#stock`)}>
                  {t("setStock")}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("lowStockNone")}</p>
        )}
      </section>
    </div>
  )
}
