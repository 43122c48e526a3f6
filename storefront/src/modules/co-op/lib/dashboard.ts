import { variantStock } from "./mappers"
import type { ApiVendorOrder, ApiVendorProduct } from "../../../types/co-op"

/**
 * The dashboard's sums, pure so they are unit-tested: "today" is a
 * Chongqing (Asia/Shanghai) day whatever zone the server runs in.
 */

export const SHOP_TIME_ZONE = "Asia/Shanghai"

/** At or below this many available units a variant counts as low on stock. */
export const LOW_STOCK_THRESHOLD = 10

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: SHOP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

/** The Asia/Shanghai calendar day of an instant, "YYYY-MM-DD". */
export function shanghaiDay(value: string | Date): string {
  return dayFormat.format(new Date(value))
}

export function isShanghaiToday(value: string | Date, now: Date): boolean {
  return shanghaiDay(value) === shanghaiDay(now)
}

/** Orders that are neither canceled nor fully fulfilled yet. */
export function needsFulfilment(order: ApiVendorOrder): boolean {
  if (order.status === "canceled" || order.status === "archived") {
    return false
  }
  return (
    order.fulfillment_status === "not_fulfilled" ||
    order.fulfillment_status === "partially_fulfilled"
  )
}

export type TodaySummary = {
  orders: ApiVendorOrder[]
  count: number
  /** Sum of the day's order totals (canceled ones left out), yuan. */
  revenue: number
}

export function todaySummary(
  orders: ApiVendorOrder[],
  now: Date
): TodaySummary {
  const today = orders.filter((o) => isShanghaiToday(o.created_at, now))
  const revenue = today
    .filter((o) => o.status !== "canceled")
    .reduce((sum, o) => sum + Number(o.total ?? 0), 0)
  return {
    orders: today,
    count: today.length,
    revenue: Math.round(revenue * 100) / 100,
  }
}

/**
 * Orders come newest first: while the last one of a page is still from
 * today, the next page may hold more of today's.
 */
export function mayHaveMoreToday(
  page: ApiVendorOrder[],
  pageSize: number,
  now: Date
): boolean {
  const last = page[page.length - 1]
  return (
    page.length === pageSize && !!last && isShanghaiToday(last.created_at, now)
  )
}

export type LowStockItem = {
  productId: string
  productTitle: string
  variantId: string
  variantTitle: string
  sku: string | null
  available: number
}

/**
 * Tracked variants with at most `threshold` units available, emptiest
 * first. Rejected products are left out: they cannot sell anyway.
 */
export function lowStock(
  products: ApiVendorProduct[],
  locationId: string | null | undefined,
  threshold = LOW_STOCK_THRESHOLD
): LowStockItem[] {
  const items: LowStockItem[] = []
  for (const product of products) {
    if (product.status === "rejected") {
      continue
    }
    for (const variant of product.variants ?? []) {
      const stock = variantStock(variant, locationId)
      if (stock && stock.available <= threshold) {
        items.push({
          productId: product.id,
          productTitle: product.title,
          variantId: variant.id,
          variantTitle: variant.title,
          sku: variant.sku ?? null,
          available: stock.available,
        })
      }
    }
  }
  return items.sort(
    (a, b) =>
      a.available - b.available ||
      a.productTitle.localeCompare(b.productTitle, "zh-CN")
  )
}
