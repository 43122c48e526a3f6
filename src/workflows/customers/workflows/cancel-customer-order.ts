import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { validateCustomerOrderCancelStep } from "../steps/validate-customer-order-cancel"

export type CancelCustomerOrderWorkflowInput = {
  order_id: string
  customer_id: string
}

export const cancelCustomerOrderWorkflowId = "cancel-customer-order"

/**
 * This workflow lets a shopper cancel their order (one co-op's part of a
 * checkout) until the co-op fulfils it, through Medusa's
 * `cancelOrderWorkflow`: the stock reservations are released and the
 * `order.canceled` subscribers cancel the parcel, free the pickup space and
 * cancel the payout line. Medusa re-checks the fulfilments as it cancels.
 *
 * @example
 * await cancelCustomerOrderWorkflow(container).run({
 *   input: { order_id: "order_123", customer_id: "cus_123" },
 * })
 */
export const cancelCustomerOrderWorkflow = createWorkflow(
  cancelCustomerOrderWorkflowId,
  (input: CancelCustomerOrderWorkflowInput) => {
    const order = validateCustomerOrderCancelStep(input)
    const cancel = transform({ order, input }, ({ order, input }) => ({
      order_id: order.id,
      canceled_by: input.customer_id,
    }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
    return new WorkflowResponse(order)
  }
)
