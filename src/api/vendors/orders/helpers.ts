import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import VendorOrderLink from "../../../links/vendor-order"
import { vendorPickupViews } from "./pickup-view"
import { vendorOrderFields } from "./query-config"
import {
  VENDOR_ORDER_STAGES,
  vendorOrderStage,
  type VendorOrderStage,
} from "./stage"

/** Ids of the co-op's orders, newest first. */
export async function vendorOrderIds(
  container: MedusaContainer,
  vendorId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: VendorOrderLink.entryPoint,
    fields: ["order_id", "created_at"],
    filters: { vendor_id: vendorId },
  })
  return data
    .sort((a: any, b: any) => +new Date(b.created_at) - +new Date(a.created_at))
    .map((l: any) => l.order_id)
}

/**
 * The stage of each of the given orders (./stage.ts), from the few columns
 * it needs, and how many orders are at each stage. Read for every order of
 * the co-op on each list request: a co-op's order book is small, and the
 * stage is computed, not stored.
 */
export async function vendorOrderStages(
  container: MedusaContainer,
  ids: string[]
): Promise<{
  stages: Map<string, VendorOrderStage>
  counts: Record<VendorOrderStage, number>
}> {
  const counts = Object.fromEntries(
    VENDOR_ORDER_STAGES.map((s) => [s, 0])
  ) as Record<VendorOrderStage, number>
  const stages = new Map<string, VendorOrderStage>()
  if (!ids.length) {
    return { stages, counts }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
    ],
    filters: { id: ids },
  })
  for (const order of data as any[]) {
    const stage = vendorOrderStage(order)
    stages.set(order.id, stage)
    counts[stage] += 1
  }
  return { stages, counts }
}

/**
 * Orders with Medusa's computed fulfilment and payment statuses, the
 * console's `stage` and, for an order to a pickup point, `pickup` (point
 * and parcel, never the pickup code); limited to the given ids.
 */
export async function listOrders(
  container: MedusaContainer,
  ids: string[],
  pagination: { skip: number; take: number }
) {
  if (!ids.length) {
    return { orders: [], count: 0 }
  }
  const { result } = await getOrdersListWorkflow(container).run({
    input: {
      fields: vendorOrderFields,
      variables: {
        filters: { id: ids },
        skip: pagination.skip,
        take: pagination.take,
        order: { created_at: "DESC" },
      },
    },
  })
  const { rows, metadata } = result as any
  const pageIds = rows.map((o: any) => o.id)
  const pickups = await vendorPickupViews(container, pageIds)
  const orders = rows.map((order: any) => ({
    ...order,
    stage: vendorOrderStage(order),
    pickup: pickups.get(order.id) ?? null,
  }))
  return { orders, count: metadata?.count ?? rows.length }
}

/** One of the co-op's orders, or a 404 that does not reveal others'. */
export async function retrieveVendorOrder(
  container: MedusaContainer,
  vendorId: string,
  orderId: string
) {
  const ids = await vendorOrderIds(container, vendorId)
  if (!ids.includes(orderId)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order "${orderId}" was not found.`
    )
  }
  const { orders } = await listOrders(container, [orderId], {
    skip: 0,
    take: 1,
  })
  return orders[0]
}
