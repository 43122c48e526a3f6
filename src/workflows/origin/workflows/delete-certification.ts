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
import { deleteCertificationStep } from "../steps/delete-certification"
import { certificationsChanged } from "../utils/products-changed"

export type DeleteCertificationWorkflowInput = { id: string }

export const deleteCertificationWorkflowId = "delete-certification"

/**
 * This workflow soft-deletes a certificate, unlinks it from the products
 * carrying it and tells the catalogue.
 *
 * @example
 * await deleteCertificationWorkflow(container).run({ input: { id: "cert_123" } })
 */
export const deleteCertificationWorkflow = createWorkflow(
  deleteCertificationWorkflowId,
  (input: DeleteCertificationWorkflowInput) => {
    const certification = deleteCertificationStep(input.id)
    const links = transform(
      { input },
      ({ input }): Record<string, Record<string, string[]>> => ({
        [ORIGIN_MODULE]: { certification_id: [input.id] },
      })
    )
    removeRemoteLinkStep(links)
    const event = transform({ certification }, ({ certification }) =>
      certificationsChanged([certification])
    )
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(certification)
  }
)
