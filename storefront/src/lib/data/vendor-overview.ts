import "server-only"
import {
  lowStock,
  mayHaveMoreToday,
  needsFulfilment,
  todaySummary,
} from "@modules/co-op/lib/dashboard"
import { listVendorOrders } from "./vendor-orders"
import { listPayouts } from "./vendor-payouts"
import { listVendorProducts } from "./vendor-products"
import type { ApiVendorOrder, VendorSession } from "../../types/co-op"

const PAGE = 50
const MAX_PAGES = 4

/**
 * The dashboard, composed from the list routes: today's orders (paging on
 * while a page is all today's, up to 200), how many orders wait to be
 * fulfilled, low stock over the newest 100 products (the largest page), and
 * the payout totals.
 */
export async function loadDashboard(session: VendorSession, now = new Date()) {
  const locationId = session.vendor.stock_location?.id
  const [first, products, payouts] = await Promise.all([
    listVendorOrders({ limit: PAGE }),
    listVendorProducts({ limit: 100 }),
    listPayouts({ limit: 1 }),
  ])
  const orders: ApiVendorOrder[] = [...first.orders]
  let page = first.orders
  for (let i = 1; i < MAX_PAGES && mayHaveMoreToday(page, PAGE, now); i++) {
    page = (await listVendorOrders({ offset: i * PAGE, limit: PAGE })).orders
    orders.push(...page)
  }
  return {
    today: todaySummary(orders, now),
    // Over every order (the API counts stages), not only the recent pages.
    toFulfilCount:
      first.counts?.to_fulfil ?? orders.filter(needsFulfilment).length,
    orderCount: first.count,
    lowStock: lowStock(products.products, locationId),
    productCount: products.count,
    payouts: payouts.totals,
  }
}
