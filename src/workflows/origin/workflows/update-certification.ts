import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { claimStatus } from "../../claims/utils/claim-rules"
import { updateCertificationStep } from "../steps/update-certification"
import { validateCertificationStep } from "../steps/validate-certification"
import type { CertificationInput } from "../types"
import { certificationsChanged } from "../utils/products-changed"

export type UpdateCertificationWorkflowInput = {
  id: string
  update: Partial<CertificationInput>
}

export const updateCertificationWorkflowId = "update-certification"

/**
 * This workflow edits a certificate (a renewal moves valid_to) and tells
 * the catalogue which products may show a different badge.
 *
 * @example
 * await updateCertificationWorkflow(container).run({
 *   input: { id: "cert_123", update: { valid_to: "2028-01-01" } },
 * })
 */
export const updateCertificationWorkflow = createWorkflow(
  updateCertificationWorkflowId,
  (input: UpdateCertificationWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      certification: input.update,
    }))
    const stored = validateCertificationStep(check)
    const data = transform({ input, stored }, ({ input, stored }) => ({
      id: input.id,
      update: { ...input.update, status: claimStatus(stored, new Date()) },
    }))
    const certification = updateCertificationStep(data)
    const event = transform({ certification }, ({ certification }) =>
      certificationsChanged([certification])
    )
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(certification)
  }
)
