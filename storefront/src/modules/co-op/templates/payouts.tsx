import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { listVendorOrders } from "@lib/data/vendor-orders"
import {
  listPayouts,
  PAYOUT_STATUSES,
  PAYOUTS_PAGE_SIZE,
} from "@lib/data/vendor-payouts"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import Pager, { pageParam } from "../components/pager"
import StatusChip from "../components/status-chip"
import styles from "../console.module.css"

const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v) ?? ""

export default async function PayoutsTemplate({
  locale,
  searchParams,
}: {
  locale: string
  searchParams: Record<string, string | string[] | undefined>
}) {
  const status = PAYOUT_STATUSES.find((s) => s === one(searchParams.status))
  const page = pageParam(searchParams.page)
  const [t, common, ledger, recent] = await Promise.all([
    getTranslations({ locale, namespace: "coopPayouts" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    listPayouts({ status, offset: (page - 1) * PAYOUTS_PAGE_SIZE }),
    // Ledger lines carry the order id only; name recent orders by number.
    listVendorOrders({ limit: 100 }),
  ])
  const numbers = new Map(recent.orders.map((o) => [o.id, o.display_id]))
  const base = href(locale, "/co-op/payouts")
  const link = (s?: string, p = 1) => {
    const search = new URLSearchParams()
    if (s) search.set("status", s)
    if (p > 1) search.set("page", String(p))
    const q = search.toString()
    return q ? `${base}?${q}` : base
  }
  const money = (n: number) => formatPrice(n, locale)
  return (
    <div data-testid="coop-payouts">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ul className={`${styles.stats} ${styles.stats3}`}>
        {(["pending", "payable", "paid"] as const).map((key) => (
          <li
            key={key}
            className="card"
            data-testid={`coop-payout-total-${key}`}
          >
            <span className={styles.statLabel}>{t(key)}</span>
            <span
              className={`${styles.statValue}${key === "payable" ? " price" : ""}`}
            >
              {money(ledger.totals[key])}
            </span>
          </li>
        ))}
      </ul>
      <ul className="chips" aria-label={t("status")}>
        <li>
          <Link
            className="chip"
            href={link()}
            aria-current={!status ? "true" : undefined}
          >
            {t("all")}
          </Link>
        </li>
        {PAYOUT_STATUSES.map((s) => (
          <li key={s}>
            <Link
              className="chip"
              href={link(s)}
              aria-current={status === s ? "true" : undefined}
            >
              {common(`payout.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
      {ledger.payout_lines.length ? (
        <ul className={`plain ${styles.list}`} data-testid="coop-payout-lines">
          {ledger.payout_lines.map((line) => {
            const number = numbers.get(line.order_id)
            return (
              <li key={line.id} className="card" data-testid="coop-payout-line">
                <span className={styles.rowHead}>
                  <Link href={href(locale, `/co-op/orders/${line.order_id}`)}>
                    {t("order")}{" "}
                    {number ? `#${number}` : line.order_id.slice(-8)}
                  </Link>
                  <StatusChip
                    locale={locale}
                    group="payout"
                    value={line.status}
                  />
                </span>
                <dl className={styles.dl}>
                  <dt>{t("gross")}</dt>
                  <dd>{money(line.gross)}</dd>
                  <dt>{t("commission")}</dt>
                  <dd>−{money(line.commission)}</dd>
                  <dt>
                    <strong>{t("net")}</strong>
                  </dt>
                  <dd className="price">{money(line.net)}</dd>
                </dl>
                <span className="muted">
                  {line.paid_at
                    ? t("paidAt", { date: formatDate(line.paid_at, locale) })
                    : line.payable_after
                      ? t("payableAfter", {
                          date: formatDate(line.payable_after, locale),
                        })
                      : t("created", {
                          date: formatDate(line.created_at, locale),
                        })}
                </span>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager
        locale={locale}
        page={page}
        count={ledger.count}
        size={PAYOUTS_PAGE_SIZE}
        hrefFor={(p) => link(status, p)}
      />
    </div>
  )
}
