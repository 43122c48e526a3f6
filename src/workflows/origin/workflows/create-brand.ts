import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createBrandStep } from "../steps/create-brand"
import { validateBrandStep } from "../steps/validate-brand"
import type { BrandInput } from "../types"

export type CreateBrandWorkflowInput = BrandInput

export const createBrandWorkflowId = "create-brand"

/**
 * This workflow creates an origin brand after checking its GI number,
 * regions and handle.
 *
 * @example
 * await createBrandWorkflow(container).run({
 *   input: { handle: "jiangjin-sichuan-pepper", name_zh: "江津花椒",
 *     name_en: "Jiangjin green Sichuan pepper", gi_number: "AGI00053",
 *     region_codes: ["500116"] },
 * })
 */
export const createBrandWorkflow = createWorkflow(
  createBrandWorkflowId,
  (input: CreateBrandWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({ brand: input }))
    validateBrandStep(check)
    const brand = createBrandStep(input)
    return new WorkflowResponse(brand)
  }
)
