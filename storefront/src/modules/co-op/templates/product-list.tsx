import Link from "next/link"
import { getTranslations } from "next-intl/server"
import {
  permissions,
  productName,
  productRow,
} from "@modules/co-op/lib/mappers"
import {
  listVendorProducts,
  PRODUCTS_PAGE_SIZE,
} from "@lib/data/vendor-products"
import type { ProductStatus, VendorSession } from "../../../types/co-op"
import { href } from "@lib/util/href"
import { formatPriceRange } from "@lib/util/money"
import Pager, { pageParam } from "../components/pager"
import StatusChip from "../components/status-chip"
import styles from "../console.module.css"

type SearchParams = Record<string, string | string[] | undefined>

const STATUSES: ProductStatus[] = ["published", "draft", "proposed", "rejected"]

const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v) ?? ""

export default async function ProductListTemplate({
  locale,
  session,
  searchParams,
}: {
  locale: string
  session: VendorSession
  searchParams: SearchParams
}) {
  const q = one(searchParams.q).trim().slice(0, 100)
  const status = STATUSES.find((s) => s === one(searchParams.status))
  const page = pageParam(searchParams.page)
  const [t, common, { products, count }] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    listVendorProducts({
      q: q || undefined,
      status,
      offset: (page - 1) * PRODUCTS_PAGE_SIZE,
    }),
  ])
  const can = permissions(session.member.role, session.vendor.status)
  const base = href(locale, "/co-op/products")
  const link = (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams()
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== "" && v !== 1) search.set(k, String(v))
    }
    const s = search.toString()
    return s ? `${base}?${s}` : base
  }
  const rows = products.map((p) =>
    productRow(p, session.vendor.stock_location?.id)
  )
  return (
    <div data-testid="coop-products">
      <div className={styles.titleRow}>
        <h1>{t("title")}</h1>
        {can.createProducts ? (
          <Link
            className="button"
            href={href(locale, "/co-op/products/new")}
            data-testid="coop-new-product"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      {one(searchParams.deleted) ? (
        <p className="ok" role="status">
          {t("deleted")}
        </p>
      ) : null}
      <form action={base} className={styles.search} role="search">
        <label htmlFor="coop-product-q" className="sr-only">
          {t("search")}
        </label>
        <input
          id="coop-product-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("search")}
        />
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <button type="submit" className="secondary">
          {t("searchButton")}
        </button>
      </form>
      <ul className="chips" aria-label={t("status")}>
        <li>
          <Link
            className="chip"
            aria-current={!status ? "true" : undefined}
            href={link({ q })}
          >
            {t("all")}
          </Link>
        </li>
        {STATUSES.map((s) => (
          <li key={s}>
            <Link
              className="chip"
              aria-current={status === s ? "true" : undefined}
              href={link({ q, status: s })}
            >
              {common(`product.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
      {rows.length ? (
        <ul className={`plain ${styles.list}`} data-testid="coop-product-list">
          {rows.map((row) => (
            <li
              key={row.id}
              className="card"
              data-testid="coop-product-row"
              data-product-id={row.id}
            >
              <Link
                href={href(locale, `/co-op/products/${row.id}`)}
                className={styles.rowLink}
              >
                <span className={styles.rowHead}>
                  <strong>{productName(row, locale)}</strong>
                  <StatusChip
                    locale={locale}
                    group="product"
                    value={row.status}
                  />
                </span>
                <span className={styles.rowFoot}>
                  <span className="price">
                    {formatPriceRange(row.priceMin, row.priceMax, locale)}
                  </span>
                  <span className="muted">
                    {t("variants", { count: row.variants.length })}
                  </span>
                  <span className="muted">
                    {row.available === null
                      ? t("untracked")
                      : t("stock", { count: row.available })}
                  </span>
                </span>
                {row.variants.some((v) => v.grade) ? (
                  <span className={styles.rowItems}>
                    {row.variants
                      .filter((v) => v.grade)
                      .map((v) => (
                        <span key={v.id} className="badge">
                          {locale === "en" ? v.grade!.levelEn : v.grade!.level}
                        </span>
                      ))}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{q || status ? t("emptyFiltered") : t("empty")}</p>
      )}
      <Pager
        locale={locale}
        page={page}
        count={count}
        size={PRODUCTS_PAGE_SIZE}
        hrefFor={(p) => link({ q, status, page: p })}
      />
    </div>
  )
}
