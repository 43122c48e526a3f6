import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deletePickupPointStep } from "../steps/delete-pickup-point"
import { validatePickupPointDeletionStep } from "../steps/validate-pickup-point-deletion"

export type DeletePickupPointWorkflowInput = { id: string }

export const deletePickupPointWorkflowId = "delete-pickup-point"

/**
 * This workflow deletes a pickup point that has no reservations or parcels
 * left to serve.
 *
 * @example
 * await deletePickupPointWorkflow(container).run({ input: { id: "pkpt_123" } })
 */
export const deletePickupPointWorkflow = createWorkflow(
  deletePickupPointWorkflowId,
  (input: DeletePickupPointWorkflowInput) => {
    validatePickupPointDeletionStep(input)
    deletePickupPointStep(input)
    return new WorkflowResponse(input)
  }
)
