import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { claimStatus } from "../../claims/utils/claim-rules"
import { createBrandAuthorizationStep } from "../steps/create-brand-authorization"
import { validateBrandAuthorizationStep } from "../steps/validate-brand-authorization"
import type { BrandAuthorizationInput } from "../types"

export type CreateBrandAuthorizationWorkflowInput = BrandAuthorizationInput

export const createBrandAuthorizationWorkflowId = "create-brand-authorization"

/**
 * This workflow lets a co-op use a brand for a period that overlaps none of
 * its other authorizations for that brand.
 *
 * @example
 * await createBrandAuthorizationWorkflow(container).run({
 *   input: { vendor_id: "ven_123", brand_id: "brnd_123",
 *     valid_from: "2026-01-01", valid_to: "2027-01-01" },
 * })
 */
export const createBrandAuthorizationWorkflow = createWorkflow(
  createBrandAuthorizationWorkflowId,
  (input: CreateBrandAuthorizationWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      authorization: input,
    }))
    validateBrandAuthorizationStep(check)
    const data = transform({ input }, ({ input }) => ({
      ...input,
      status: claimStatus(input, new Date()),
    }))
    const authorization = createBrandAuthorizationStep(data)
    const event = transform({ input }, ({ input }) => ({
      vendor_ids: [input.vendor_id],
      brand_ids: [input.brand_id],
    }))
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(authorization)
  }
)
