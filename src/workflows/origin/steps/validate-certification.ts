import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import {
  certificationNumberProblem,
  windowProblem,
} from "../../../modules/origin/utils/certification"
import type { CertificationInput } from "../types"

export type ValidateCertificationStepInput = {
  /** The certification being edited. */
  id?: string
  certification: Partial<CertificationInput>
}

export const validateCertificationStepId = "validate-certification"

/**
 * This step checks a new or edited certificate as it will be stored: a
 * number in its type's format, valid_from before valid_to, and a subject
 * (co-op or product) that exists (404 otherwise). Returns the stored
 * certificate after the change would apply.
 */
export const validateCertificationStep = createStep(
  validateCertificationStepId,
  async (input: ValidateCertificationStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    let cert = input.certification as CertificationInput & { id?: string }
    if (input.id) {
      const [existing] = await origin.listCertifications({ id: input.id })
      if (!existing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Certification "${input.id}" was not found.`
        )
      }
      cert = { ...existing, ...input.certification }
    }
    const problem =
      certificationNumberProblem(cert.type, cert.number) ??
      windowProblem(cert.valid_from, cert.valid_to)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    const found =
      cert.subject_type === "vendor"
        ? await container
            .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
            .listVendors({ id: cert.subject_id }, { select: ["id"] })
        : await container
            .resolve(Modules.PRODUCT)
            .listProducts({ id: cert.subject_id }, { select: ["id"] })
    if (!found.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${cert.subject_type === "vendor" ? "Co-op" : "Product"} "${cert.subject_id}" (subject_id) was not found.`
      )
    }
    return new StepResponse(cert)
  }
)
