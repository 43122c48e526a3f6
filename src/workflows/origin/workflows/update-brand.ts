import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { updateBrandStep } from "../steps/update-brand"
import { validateBrandStep } from "../steps/validate-brand"
import type { BrandInput } from "../types"

export type UpdateBrandWorkflowInput = {
  id: string
  update: Partial<BrandInput>
}

export const updateBrandWorkflowId = "update-brand"

/**
 * This workflow edits a brand and tells the catalogue that its products
 * changed.
 *
 * @example
 * await updateBrandWorkflow(container).run({
 *   input: { id: "brnd_123", update: { story_zh: "……" } },
 * })
 */
export const updateBrandWorkflow = createWorkflow(
  updateBrandWorkflowId,
  (input: UpdateBrandWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      brand: input.update,
    }))
    validateBrandStep(check)
    const brand = updateBrandStep(input)
    const event = transform({ input }, ({ input }) => ({
      brand_ids: [input.id],
    }))
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(brand)
  }
)
