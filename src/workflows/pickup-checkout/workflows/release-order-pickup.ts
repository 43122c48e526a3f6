import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { releasePickupReservationsStep } from "../steps/release-pickup-reservations"

export type ReleaseOrderPickupWorkflowInput = { order_ids: string[] }

export const releaseOrderPickupWorkflowId = "release-order-pickup"

/**
 * This workflow frees the pickup compartments of cancelled orders, so other
 * customers can choose those points for that day again.
 */
export const releaseOrderPickupWorkflow = createWorkflow(
  releaseOrderPickupWorkflowId,
  (input: ReleaseOrderPickupWorkflowInput) => {
    const released = releasePickupReservationsStep(input)
    return new WorkflowResponse(released)
  }
)
