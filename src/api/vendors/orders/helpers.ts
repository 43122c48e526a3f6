import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  pickDeep,
} from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import VendorOrderLink from "../../../links/vendor-order"
import { vendorPaymentStates } from "./payment-state"
import { vendorPickupViews } from "./pickup-view"
import { vendorOrderFields } from "./query-config"
import {
  VENDOR_ORDER_STAGES,
  vendorOrderStage,
  type VendorOrderStage,
} from "./stage"

/** Every stage, zero where the co-op has no order at it. */
export function stageCounts(
  counts: Record<string, number>
): Record<VendorOrderStage, number> {
  return Object.fromEntries(
    VENDOR_ORDER_STAGES.map((s) => [s, counts[s] ?? 0])
  ) as Record<VendorOrderStage, number>
}

/**
 * vendorOrderFields as pickDeep takes them: `relation.*` keeps the whole
 * relation. Medusa's order read adds every computed total to every line
 * (about 2 KB a line); the co-op gets only the fields it was given.
 */
const pickedOrderFields = vendorOrderFields.map((field) =>
  field.endsWith(".*") ? field.slice(0, -2) : field
)

/**
 * The given orders, in the given order, with Medusa's computed fulfilment
 * and payment statuses, the console's `stage` and, for an order to a pickup
 * point, `pickup` (point and parcel, never the pickup code); each holds only
 * vendorOrderFields. Callers pass one page of ids: this reads each order in
 * full.
 */
export async function listOrders(container: MedusaContainer, ids: string[]) {
  if (!ids.length) {
    return []
  }
  const { result } = await getOrdersListWorkflow(container).run({
    input: {
      fields: vendorOrderFields,
      variables: { filters: { id: ids }, skip: 0, take: ids.length },
    },
  })
  const { rows } = result as any
  const pickups = await vendorPickupViews(container, ids)
  const payments = await vendorPaymentStates(container, ids)
  const byId = new Map(rows.map((order: any) => [order.id, order]))
  return ids
    .map((id) => byId.get(id) as any)
    .filter(Boolean)
    .map((order) => ({
      ...pickDeep(order, pickedOrderFields),
      stage: vendorOrderStage(order),
      pickup: pickups.get(order.id) ?? null,
      // The co-op's share as the checkout's one payment paid it (./payment-state.ts).
      payment_status: payments.get(order.id)?.status ?? order.payment_status,
      payment: payments.get(order.id) ?? null,
    }))
}

/** One of the co-op's orders, or a 404 that does not reveal others'. */
export async function retrieveVendorOrder(
  container: MedusaContainer,
  vendorId: string,
  orderId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: VendorOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { vendor_id: vendorId, order_id: orderId },
  })
  const [order] = links.length ? await listOrders(container, [orderId]) : []
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order "${orderId}" was not found.`
    )
  }
  return order
}
