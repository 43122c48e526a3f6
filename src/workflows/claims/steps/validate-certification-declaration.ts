import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import {
  certificationNumberProblem,
  type CertificationType,
} from "../../../modules/origin/utils/certification"
import { invalidField, refuse } from "../../../utils/refusal"
import { claimStatus, declaredWindowRefusal } from "../utils/claim-rules"
import { vendorProductIdsOf } from "../utils/vendor-products"

export type DeclaredCertification = {
  type: CertificationType
  number: string
  issuer: string
  issuer_en?: string | null
  /** Omitted: the certificate is the co-op's own (e.g. 绿色食品 enterprise). */
  product_id?: string | null
  valid_from: string | Date
  valid_to: string | Date
  evidence_url: string
}

export type ValidateCertificationDeclarationStepInput = {
  vendor_id: string
  member_id?: string | null
  certification: DeclaredCertification
}

export const validateCertificationDeclarationStepId =
  "validate-certification-declaration"

/**
 * This step checks a co-op's own certificate: the number's format for its
 * type, a window that has not ended, a subject product the co-op owns (404
 * otherwise), and no second declaration of the same number. It returns the
 * record to create, pending the platform's review.
 */
export const validateCertificationDeclarationStep = createStep(
  validateCertificationDeclarationStepId,
  async (input: ValidateCertificationDeclarationStepInput, { container }) => {
    const cert = input.certification
    const now = new Date()
    const numberProblem = certificationNumberProblem(cert.type, cert.number)
    if (numberProblem) {
      throw invalidField(
        numberProblem,
        "number",
        cert.number?.trim() ? "certificate_number" : "required",
        { type: cert.type }
      )
    }
    const windowRefusal = declaredWindowRefusal(cert, now)
    if (windowRefusal) {
      throw refuse([windowRefusal])
    }
    if (cert.product_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const own = await vendorProductIdsOf(query, input.vendor_id)
      if (!own.includes(cert.product_id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Product "${cert.product_id}" was not found.`
        )
      }
    }
    const subject = cert.product_id
      ? { subject_type: "product" as const, subject_id: cert.product_id }
      : { subject_type: "vendor" as const, subject_id: input.vendor_id }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [duplicate] = await origin.listCertifications({
      type: cert.type,
      number: cert.number.trim(),
      ...subject,
    })
    if (duplicate) {
      throw invalidField(
        `number: certificate ${cert.type} ${cert.number} is already declared (${duplicate.id}).`,
        "number",
        "certificate_duplicate",
        { type: cert.type, number: cert.number.trim() }
      )
    }
    return new StepResponse({
      type: cert.type,
      number: cert.number.trim(),
      issuer: cert.issuer,
      issuer_en: cert.issuer_en?.trim() || null,
      ...subject,
      valid_from: new Date(cert.valid_from),
      valid_to: new Date(cert.valid_to),
      evidence_url: cert.evidence_url,
      status: claimStatus(cert, now),
      review_status: "pending" as const,
      submitted_by: input.member_id ?? null,
    })
  }
)
