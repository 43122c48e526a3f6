/**
 * Where a co-op's order stands, in the console's words. Medusa computes a
 * `fulfillment_status` with partial states (`partially_shipped` can mean
 * "one parcel shipped, another not packed"); a co-op needs to know what to
 * do next, so the first of these that holds wins:
 *
 * - `canceled`: the order is canceled;
 * - `to_fulfil`: some quantity is not yet fulfilled (packed), including
 *   after a fulfilment was canceled;
 * - `delivered`: every live fulfilment is delivered (for a pickup order: the
 *   customer picked it up);
 * - `shipped`: every live fulfilment is shipped or delivered;
 * - `fulfilled`: packed and handed over, some not yet shipped (a pickup
 *   order's parcel on its way to, or waiting at, the point).
 */
export const VENDOR_ORDER_STAGES = [
  "to_fulfil",
  "fulfilled",
  "shipped",
  "delivered",
  "canceled",
] as const

export type VendorOrderStage = (typeof VENDOR_ORDER_STAGES)[number]

export type StageOrder = {
  status?: string | null
  items?:
    | ({
        quantity?: unknown
        detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
      } | null)[]
    | null
  fulfillments?:
    | ({
        shipped_at?: unknown
        delivered_at?: unknown
        canceled_at?: unknown
      } | null)[]
    | null
}

const num = (value: unknown) => {
  const n = Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}

export function vendorOrderStage(order: StageOrder): VendorOrderStage {
  if (order.status === "canceled") {
    return "canceled"
  }
  const unfulfilled = (order.items ?? []).some(
    (item) =>
      num(item?.detail?.fulfilled_quantity) <
      num(item?.detail?.quantity ?? item?.quantity)
  )
  const live = (order.fulfillments ?? []).filter((f) => f && !f.canceled_at)
  if (unfulfilled || !live.length) {
    return "to_fulfil"
  }
  if (live.every((f) => f!.delivered_at)) {
    return "delivered"
  }
  if (live.every((f) => f!.shipped_at || f!.delivered_at)) {
    return "shipped"
  }
  return "fulfilled"
}

/** The order fields vendorOrderStage and the stored row need. */
export const ORDER_STAGE_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

export type StageRow = {
  order_id: string
  vendor_id: string
  stage: VendorOrderStage
  placed_at: Date | string
  display_id: number | null
  refreshed_at: Date
}

/**
 * One vendor_order_stage row per given order that belongs to a co-op;
 * orders without a co-op link (none in practice) have no row.
 */
export function vendorOrderStageRows(
  orders: (StageOrder & {
    id: string
    display_id?: number | null
    created_at: Date | string
  })[],
  links: { order_id: string; vendor_id: string }[],
  /** When the orders were read (before the read began). */
  readAt: Date
): StageRow[] {
  const vendorOf = new Map(links.map((l) => [l.order_id, l.vendor_id]))
  return orders
    .filter((order) => vendorOf.has(order.id))
    .map((order) => ({
      order_id: order.id,
      vendor_id: vendorOf.get(order.id)!,
      stage: vendorOrderStage(order),
      placed_at: order.created_at,
      display_id: order.display_id ?? null,
      refreshed_at: readAt,
    }))
}
