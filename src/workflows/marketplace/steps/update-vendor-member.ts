import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type UpdateVendorMemberStepInput = {
  id: string
  role?: "owner" | "manager" | "staff"
  status?: "invited" | "active"
  invite_token_hash?: string | null
  invite_expires_at?: Date | null
}

export const updateVendorMemberStepId = "update-vendor-member"

/**
 * This step changes a member's role, status or invitation token and puts the
 * previous values back on rollback.
 */
export const updateVendorMemberStep = createStep(
  updateVendorMemberStepId,
  async (input: UpdateVendorMemberStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const before = await marketplace.retrieveVendorMember(input.id)
    const updated = await marketplace.updateVendorMembers(input)
    return new StepResponse(updated, {
      id: before.id,
      role: before.role,
      status: before.status,
      invite_token_hash: before.invite_token_hash ?? null,
      invite_expires_at: before.invite_expires_at
        ? new Date(before.invite_expires_at)
        : null,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateVendorMembers(previous)
  }
)
