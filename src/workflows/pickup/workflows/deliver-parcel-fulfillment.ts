import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  markOrderFulfillmentAsDeliveredWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { markPayoutLineDeliveredStep } from "../../vendor-orders/steps/mark-payout-line-delivered"
import { refreshVendorOrderStagesStep } from "../../vendor-orders/steps/refresh-vendor-order-stages"

export type DeliverParcelFulfillmentWorkflowInput = {
  order_id: string
  fulfillment_id: string
}

export const deliverParcelFulfillmentWorkflowId = "deliver-parcel-fulfillment"

/**
 * This workflow marks a collected parcel's fulfilment delivered and starts
 * the co-op's after-sales window at the handover. A fulfilment already
 * marked delivered (before co-ops were refused that for pickup orders, or
 * by an admin) is left as it is, so the handover still completes, and the
 * window is restarted from the handover.
 *
 * @example
 * await deliverParcelFulfillmentWorkflow(container).run({
 *   input: { order_id: "order_123", fulfillment_id: "ful_123" },
 * })
 */
export const deliverParcelFulfillmentWorkflow = createWorkflow(
  deliverParcelFulfillmentWorkflowId,
  (input: DeliverParcelFulfillmentWorkflowInput) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: ["id", "delivered_at"],
      filters: { id: input.fulfillment_id },
    }).config({ name: "query-parcel-fulfillment" })

    when(
      "fulfillment-not-yet-delivered",
      { fulfillments },
      ({ fulfillments }) => !fulfillments[0]?.delivered_at
    ).then(() => {
      const delivery = transform({ input }, ({ input }) => ({
        orderId: input.order_id,
        fulfillmentId: input.fulfillment_id,
      }))
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery })
    })

    const ledger = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      restart_window: true,
    }))
    markPayoutLineDeliveredStep(ledger)
    const stageInput = transform({ input }, ({ input }) => ({
      order_ids: [input.order_id],
    }))
    refreshVendorOrderStagesStep(stageInput)
    return new WorkflowResponse(void 0)
  }
)
