import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderParcelStep } from "../steps/cancel-order-parcel"

export const cancelOrderParcelWorkflowId = "cancel-order-parcel"

/**
 * This workflow cancels the pickup parcel of a cancelled order; orders
 * without a parcel, or whose parcel is already closed, are left alone.
 *
 * @example
 * await cancelOrderParcelWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const cancelOrderParcelWorkflow = createWorkflow(
  cancelOrderParcelWorkflowId,
  (input: { order_id: string }) => {
    const parcelId = cancelOrderParcelStep(input)
    return new WorkflowResponse(parcelId)
  }
)
