import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createCertificationsStep } from "../steps/create-certifications"
import {
  type DeclaredCertification,
  validateCertificationDeclarationStep,
} from "../steps/validate-certification-declaration"

export type DeclareVendorCertificationWorkflowInput = {
  vendor_id: string
  member_id?: string | null
  certification: DeclaredCertification
}

export const declareVendorCertificationWorkflowId =
  "declare-vendor-certification"

/**
 * This workflow records a certificate a co-op holds, with its evidence.
 * It waits for the platform's review (`review_status: pending`) before the
 * store shows it; the co-op may attach it to products meanwhile.
 *
 * @example
 * await declareVendorCertificationWorkflow(container).run({
 *   input: { vendor_id: "ven_123", member_id: "vmem_123", certification: {
 *     type: "green_food", number: "LB-15-19012700330A", issuer: "中国绿色食品发展中心",
 *     valid_from: "2026-01-01", valid_to: "2028-12-31", evidence_url: "https://…/cert.pdf" } },
 * })
 */
export const declareVendorCertificationWorkflow = createWorkflow(
  declareVendorCertificationWorkflowId,
  (input: DeclareVendorCertificationWorkflowInput) => {
    const record = validateCertificationDeclarationStep(input)
    const toCreate = transform({ record }, ({ record }) => [record])
    const created = createCertificationsStep(toCreate)
    const certification = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(certification)
  }
)
