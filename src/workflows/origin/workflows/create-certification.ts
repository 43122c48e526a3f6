import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { claimStatus } from "../../claims/utils/claim-rules"
import { createCertificationStep } from "../steps/create-certification"
import { validateCertificationStep } from "../steps/validate-certification"
import type { CertificationInput } from "../types"
import { certificationsChanged } from "../utils/products-changed"

export type CreateCertificationWorkflowInput = CertificationInput

export const createCertificationWorkflowId = "create-certification"

/**
 * This workflow records a co-op's or a product's certificate after checking
 * its number, window and subject.
 *
 * @example
 * await createCertificationWorkflow(container).run({
 *   input: { type: "organic", number: "12419123456789012", issuer: "…",
 *     subject_type: "vendor", subject_id: "ven_123",
 *     valid_from: "2026-01-01", valid_to: "2027-01-01" },
 * })
 */
export const createCertificationWorkflow = createWorkflow(
  createCertificationWorkflowId,
  (input: CreateCertificationWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      certification: input,
    }))
    validateCertificationStep(check)
    // Operators enter checked certificates: approved, with the status the
    // daily expiry job would give them today.
    const data = transform({ input }, ({ input }) => ({
      ...input,
      status: claimStatus(input, new Date()),
    }))
    const certification = createCertificationStep(data)
    const event = transform({ certification }, ({ certification }) =>
      certificationsChanged([certification])
    )
    emitEventStep({ eventName: CatalogueEvents.PRODUCTS_CHANGED, data: event })
    return new WorkflowResponse(certification)
  }
)
