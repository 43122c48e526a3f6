import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { markPayoutLineDeliveredStep } from "../steps/mark-payout-line-delivered"
import { refreshVendorOrderStagesStep } from "../steps/refresh-vendor-order-stages"
import { validateOrderFulfillmentStep } from "../steps/validate-order-fulfillment"
import { validateOrderNotAtPickupStep } from "../steps/validate-order-not-at-pickup"
import { validateVendorOwnsOrderStep } from "../steps/validate-vendor-owns-order"

export type DeliverVendorFulfillmentWorkflowInput = {
  vendor_id: string
  order_id: string
  fulfillment_id: string
}

export const deliverVendorFulfillmentWorkflowId = "deliver-vendor-fulfillment"

/**
 * This workflow marks a co-op's fulfilment as delivered; once the whole
 * order is delivered, its ledger line's after-sales window starts. Orders
 * to a pickup point are refused: their handover delivers them.
 */
export const deliverVendorFulfillmentWorkflow = createWorkflow(
  deliverVendorFulfillmentWorkflowId,
  (input: DeliverVendorFulfillmentWorkflowInput) => {
    validateVendorOwnsOrderStep(input)
    validateOrderFulfillmentStep(input)
    validateOrderNotAtPickupStep(input)
    const delivery = transform({ input }, ({ input }) => ({
      orderId: input.order_id,
      fulfillmentId: input.fulfillment_id,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery })
    const ledger = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
    }))
    markPayoutLineDeliveredStep(ledger)
    const stageInput = transform({ input }, ({ input }) => ({
      order_ids: [input.order_id],
    }))
    refreshVendorOrderStagesStep(stageInput)
    return new WorkflowResponse(void 0)
  }
)
