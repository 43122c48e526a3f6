import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  removeRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { ORIGIN_MODULE } from "../../../modules/origin"
import { CatalogueEvents } from "../../catalogue/events"
import { deleteBrandStep } from "../steps/delete-brand"

export type DeleteBrandWorkflowInput = { id: string }

export const deleteBrandWorkflowId = "delete-brand"

/**
 * This workflow soft-deletes a brand with its authorizations, unlinks its
 * products and tells the catalogue.
 *
 * @example
 * await deleteBrandWorkflow(container).run({ input: { id: "brnd_123" } })
 */
export const deleteBrandWorkflow = createWorkflow(
  deleteBrandWorkflowId,
  (input: DeleteBrandWorkflowInput) => {
    const brand = deleteBrandStep(input.id)
    const links = transform(
      { input },
      ({ input }): Record<string, Record<string, string[]>> => ({
        [ORIGIN_MODULE]: { brand_id: [input.id] },
      })
    )
    removeRemoteLinkStep(links)
    const event = transform({ input }, ({ input }) => ({
      brand_ids: [input.id],
    }))
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(brand)
  }
)
