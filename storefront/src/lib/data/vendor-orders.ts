import "server-only"
import { isNotFound } from "../util/medusa-error"
import { vendorGet } from "./vendor-session"
import type { ApiVendorOrder, OrderStage } from "../../types/co-op"

export const ORDERS_PAGE_SIZE = 20

export type VendorOrderList = {
  orders: ApiVendorOrder[]
  count: number
  /** How many of the co-op's orders are at each stage (whatever the filter). */
  counts?: Record<OrderStage, number>
}

/**
 * The co-op's orders, newest first (the API's order), optionally only
 * those at the given stages. Each carries its `stage` and, for a pickup
 * order, the point and the parcel.
 */
export async function listVendorOrders(
  page: { offset?: number; limit?: number; status?: OrderStage[] } = {}
): Promise<VendorOrderList> {
  return vendorGet<VendorOrderList>(
    "/vendors/orders",
    {
      offset: page.offset ?? 0,
      limit: page.limit ?? ORDERS_PAGE_SIZE,
      status: page.status?.length ? page.status.join(",") : undefined,
    },
    "live"
  )
}

/** One of the co-op's orders, or null: another co-op's order is a 404 too. */
export async function retrieveVendorOrder(
  id: string
): Promise<ApiVendorOrder | null> {
  try {
    const { order } = await vendorGet<{ order: ApiVendorOrder }>(
      `/vendors/orders/${encodeURIComponent(id)}`,
      {},
      "live"
    )
    return order
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}
