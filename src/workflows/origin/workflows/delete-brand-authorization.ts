import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { deleteBrandAuthorizationStep } from "../steps/delete-brand-authorization"

export type DeleteBrandAuthorizationWorkflowInput = { id: string }

export const deleteBrandAuthorizationWorkflowId = "delete-brand-authorization"

/**
 * This workflow withdraws a co-op's authorization for a brand and tells the
 * catalogue, whose claim checks then stop showing the brand.
 *
 * @example
 * await deleteBrandAuthorizationWorkflow(container).run({ input: { id: "bauth_123" } })
 */
export const deleteBrandAuthorizationWorkflow = createWorkflow(
  deleteBrandAuthorizationWorkflowId,
  (input: DeleteBrandAuthorizationWorkflowInput) => {
    const authorization = deleteBrandAuthorizationStep(input.id)
    const event = transform({ authorization }, ({ authorization }) => ({
      vendor_ids: [authorization.vendor_id],
      brand_ids: [(authorization as { brand_id: string }).brand_id],
    }))
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(authorization)
  }
)
