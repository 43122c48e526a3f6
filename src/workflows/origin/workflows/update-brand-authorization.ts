import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { claimStatus } from "../../claims/utils/claim-rules"
import { updateBrandAuthorizationStep } from "../steps/update-brand-authorization"
import { validateBrandAuthorizationStep } from "../steps/validate-brand-authorization"
import type { BrandAuthorizationInput } from "../types"

export type UpdateBrandAuthorizationWorkflowInput = {
  id: string
  update: Partial<
    Pick<BrandAuthorizationInput, "valid_from" | "valid_to" | "note">
  >
}

export const updateBrandAuthorizationWorkflowId = "update-brand-authorization"

/**
 * This workflow moves an authorization's window (or edits its note) and
 * tells the catalogue about the co-op's products under the brand.
 *
 * @example
 * await updateBrandAuthorizationWorkflow(container).run({
 *   input: { id: "bauth_123", update: { valid_to: "2028-01-01" } },
 * })
 */
export const updateBrandAuthorizationWorkflow = createWorkflow(
  updateBrandAuthorizationWorkflowId,
  (input: UpdateBrandAuthorizationWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      authorization: input.update,
    }))
    const stored = validateBrandAuthorizationStep(check)
    const data = transform({ input, stored }, ({ input, stored }) => ({
      id: input.id,
      update: { ...input.update, status: claimStatus(stored, new Date()) },
    }))
    const authorization = updateBrandAuthorizationStep(data)
    const event = transform({ stored }, ({ stored }) => ({
      vendor_ids: [stored.vendor_id],
      brand_ids: [stored.brand_id],
    }))
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(authorization)
  }
)
