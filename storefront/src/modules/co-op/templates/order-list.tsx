import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { stageParam } from "@modules/co-op/lib/mappers"
import { listVendorOrders, ORDERS_PAGE_SIZE } from "@lib/data/vendor-orders"
import { ORDER_STAGES, type OrderStage } from "../../../types/co-op"
import { href } from "@lib/util/href"
import OrderRow from "../components/order-row"
import Pager, { pageParam } from "../components/pager"
import styles from "../console.module.css"

export default async function OrderListTemplate({
  locale,
  searchParams,
}: {
  locale: string
  searchParams: Record<string, string | string[] | undefined>
}) {
  const page = pageParam(searchParams.page)
  // One stage at a time in the console; the API takes several.
  const [stage] = stageParam(searchParams.status)
  const [t, status, { orders, count, counts }] = await Promise.all([
    getTranslations({ locale, namespace: "coopOrders" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    listVendorOrders({
      offset: (page - 1) * ORDERS_PAGE_SIZE,
      status: stage ? [stage] : undefined,
    }),
  ])
  const base = href(locale, "/co-op/orders")
  const link = (s: OrderStage | undefined, p = 1) => {
    const query = new URLSearchParams()
    if (s) query.set("status", s)
    if (p > 1) query.set("page", String(p))
    const qs = query.toString()
    return qs ? `${base}?${qs}` : base
  }
  const total = counts
    ? Object.values(counts).reduce((sum, n) => sum + n, 0)
    : undefined
  const tabs: { value: OrderStage | undefined; label: string; n?: number }[] = [
    { value: undefined, label: t("allStages"), n: total },
    ...ORDER_STAGES.map((s) => ({
      value: s,
      label: status(`stage.${s}`),
      n: counts?.[s],
    })),
  ]
  return (
    <div data-testid="coop-orders" data-stage={stage ?? "all"}>
      <h1>{t("title")}</h1>
      <nav aria-label={t("filterLabel")} className={styles.anchors}>
        <ul className="chips" data-testid="coop-order-filters">
          {tabs.map((tab) => {
            const current = tab.value === stage
            return (
              <li key={tab.value ?? "all"}>
                <Link
                  className={current ? "chip active" : "chip"}
                  href={link(tab.value)}
                  aria-current={current ? "page" : undefined}
                  data-testid="coop-order-filter"
                  data-stage={tab.value ?? "all"}
                >
                  {typeof tab.n === "number"
                    ? t("stageCount", { label: tab.label, count: tab.n })
                    : tab.label}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
      {orders.length ? (
        <ul className={`plain ${styles.list}`} data-testid="coop-order-list">
          {orders.map((order) => (
            <OrderRow key={order.id} order={order} locale={locale} />
          ))}
        </ul>
      ) : (
        <p data-testid="coop-orders-empty">
          {stage ? t("emptyFiltered") : t("empty")}
        </p>
      )}
      <Pager
        locale={locale}
        page={page}
        count={count}
        size={ORDERS_PAGE_SIZE}
        hrefFor={(p) => link(stage, p)}
      />
    </div>
  )
}
