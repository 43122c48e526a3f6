import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createOriginRegionStep } from "../steps/create-origin-region"
import { validateOriginRegionStep } from "../steps/validate-origin-region"
import type { OriginRegionInput } from "../types"

export type CreateOriginRegionWorkflowInput = OriginRegionInput

export const createOriginRegionWorkflowId = "create-origin-region"

/**
 * This workflow adds a GB/T 2260 region under an existing parent.
 *
 * @example
 * await createOriginRegionWorkflow(container).run({
 *   input: { code: "500236", name_zh: "奉节县", name_en: "Fengjie County",
 *     level: "county", parent_code: "500000" },
 * })
 */
export const createOriginRegionWorkflow = createWorkflow(
  createOriginRegionWorkflowId,
  (input: CreateOriginRegionWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({ region: input }))
    validateOriginRegionStep(check)
    const region = createOriginRegionStep(input)
    return new WorkflowResponse(region)
  }
)
