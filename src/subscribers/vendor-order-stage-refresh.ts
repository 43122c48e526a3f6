import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  FulfillmentWorkflowEvents,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import type { RefreshVendorOrderStagesStepInput } from "../workflows/vendor-orders"
import { refreshVendorOrderStagesWorkflow } from "../workflows/vendor-orders"

/** The pickup module's parcel events (src/workflows/pickup), with `order_id`. */
export const PARCEL_EVENTS = [
  "parcel.received",
  "parcel.picked_up",
  "parcel.unlocked",
  "parcel.returned",
]

/**
 * Events after which a co-op order's stage, or what its order list shows
 * (payment, parcel), may have changed. Refreshing the stage row stamps it,
 * which changes the version the list's page cache is keyed by.
 */
export const VENDOR_ORDER_STAGE_EVENTS = [
  OrderWorkflowEvents.CANCELED,
  OrderWorkflowEvents.FULFILLMENT_CREATED,
  OrderWorkflowEvents.FULFILLMENT_CANCELED,
  OrderEditWorkflowEvents.CONFIRMED,
  FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  FulfillmentWorkflowEvents.DELIVERY_CREATED,
  PaymentEvents.CAPTURED,
  PaymentEvents.REFUNDED,
  ...PARCEL_EVENTS,
] as string[]

/** The orders (or fulfilments) an event names, as the workflow's input. */
export function stageRefreshInput(
  name: string,
  data: unknown
): RefreshVendorOrderStagesStepInput | null {
  const items = (Array.isArray(data) ? data : [data]) as Record<
    string,
    unknown
  >[]
  const pick = (key: string) =>
    items.map((d) => d?.[key]).filter((v): v is string => typeof v === "string")
  if (name === OrderWorkflowEvents.CANCELED) {
    const ids = pick("id")
    return ids.length ? { order_ids: ids } : null
  }
  if (
    name === FulfillmentWorkflowEvents.SHIPMENT_CREATED ||
    name === FulfillmentWorkflowEvents.DELIVERY_CREATED
  ) {
    const ids = pick("id")
    return ids.length ? { fulfillment_ids: ids } : null
  }
  if (name === PaymentEvents.CAPTURED || name === PaymentEvents.REFUNDED) {
    const ids = pick("id")
    return ids.length ? { payment_ids: ids } : null
  }
  const ids = pick("order_id")
  return ids.length ? { order_ids: ids } : null
}

/**
 * Keeps the stored stage of co-op orders (vendor_order_stage) in step with
 * changes made outside the co-op's own routes: the admin's fulfilments,
 * shipments, deliveries, edits and cancellations, and the payments and
 * parcels the co-op's list shows. The co-op's routes and
 * checkout store it in their own workflows; this recomputes it from the
 * order, so running twice is harmless.
 */
export default async function vendorOrderStageRefreshHandler({
  event: { name, data },
  container,
}: SubscriberArgs<unknown>) {
  const input = stageRefreshInput(name, data)
  if (!input) {
    return
  }
  await refreshVendorOrderStagesWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: VENDOR_ORDER_STAGE_EVENTS,
  context: { subscriberId: "vendor-order-stage-refresh" },
}
