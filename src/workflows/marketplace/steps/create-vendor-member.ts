import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type CreateVendorMemberStepInput = {
  vendor_id: string
  email: string
  name: string
  role: "manager" | "staff"
}

export const createVendorMemberStepId = "create-vendor-member"

/** This step creates an invited member of a co-op. */
export const createVendorMemberStep = createStep(
  createVendorMemberStepId,
  async (input: CreateVendorMemberStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const member = await marketplace.createVendorMembers({
      ...input,
      status: "invited",
    })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteVendorMembers(memberId)
  }
)
