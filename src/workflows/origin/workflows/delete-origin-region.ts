import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteOriginRegionStep } from "../steps/delete-origin-region"
import { validateOriginRegionDeletionStep } from "../steps/validate-origin-region-deletion"

export type DeleteOriginRegionWorkflowInput = { id: string }

export const deleteOriginRegionWorkflowId = "delete-origin-region"

/**
 * This workflow soft-deletes a region that no region or brand refers to.
 *
 * @example
 * await deleteOriginRegionWorkflow(container).run({ input: { id: "oreg_123" } })
 */
export const deleteOriginRegionWorkflow = createWorkflow(
  deleteOriginRegionWorkflowId,
  (input: DeleteOriginRegionWorkflowInput) => {
    validateOriginRegionDeletionStep(input.id)
    const region = deleteOriginRegionStep(input.id)
    return new WorkflowResponse(region)
  }
)
