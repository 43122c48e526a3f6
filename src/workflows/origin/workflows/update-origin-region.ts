import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateOriginRegionStep } from "../steps/update-origin-region"
import { validateOriginRegionStep } from "../steps/validate-origin-region"
import type { OriginRegionInput } from "../types"

export type UpdateOriginRegionWorkflowInput = {
  id: string
  update: Partial<Omit<OriginRegionInput, "code">>
}

export const updateOriginRegionWorkflowId = "update-origin-region"

/**
 * This workflow edits a region's names, level, parent or coordinates; its
 * code is its identity and never changes.
 *
 * @example
 * await updateOriginRegionWorkflow(container).run({
 *   input: { id: "oreg_123", update: { lat: 31.02, lng: 109.46 } },
 * })
 */
export const updateOriginRegionWorkflow = createWorkflow(
  updateOriginRegionWorkflowId,
  (input: UpdateOriginRegionWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      region: input.update,
    }))
    validateOriginRegionStep(check)
    const region = updateOriginRegionStep(input)
    return new WorkflowResponse(region)
  }
)
