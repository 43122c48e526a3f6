import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const removeVendorMemberStepId = "remove-vendor-member"

/** This step soft-deletes a co-op member and restores them on rollback. */
export const removeVendorMemberStep = createStep(
  removeVendorMemberStepId,
  async (memberId: string, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.softDeleteVendorMembers([memberId])
    return new StepResponse(memberId, memberId)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.restoreVendorMembers([memberId])
  }
)
