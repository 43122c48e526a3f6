import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { ClaimStatus } from "../utils/claim-rules"

type StatusUpdate = {
  id: string
  status: ClaimStatus
  expiry_notified_at?: Date | null
}

export type UpdateClaimStatusesStepInput = {
  certifications: StatusUpdate[]
  brand_authorizations: StatusUpdate[]
}

type Previous = {
  certifications: StatusUpdate[]
  brand_authorizations: StatusUpdate[]
}

const pick = (r: any): StatusUpdate => ({
  id: r.id,
  status: r.status,
  expiry_notified_at: r.expiry_notified_at ?? null,
})

export const updateClaimStatusesStepId = "update-claim-statuses"

/**
 * This step sets the status (and when the co-op was told) of certificates
 * and brand authorizations; the compensation puts the old values back.
 */
export const updateClaimStatusesStep = createStep(
  updateClaimStatusesStepId,
  async (input: UpdateClaimStatusesStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const certIds = input.certifications.map((c) => c.id)
    const authIds = input.brand_authorizations.map((a) => a.id)
    const previous: Previous = {
      certifications: certIds.length
        ? (await origin.listCertifications({ id: certIds })).map(pick)
        : [],
      brand_authorizations: authIds.length
        ? (await origin.listBrandAuthorizations({ id: authIds })).map(pick)
        : [],
    }
    if (certIds.length) {
      await origin.updateCertifications(input.certifications)
    }
    if (authIds.length) {
      await origin.updateBrandAuthorizations(input.brand_authorizations)
    }
    return new StepResponse(input, previous)
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    if (previous.certifications.length) {
      await origin.updateCertifications(previous.certifications)
    }
    if (previous.brand_authorizations.length) {
      await origin.updateBrandAuthorizations(previous.brand_authorizations)
    }
  }
)
