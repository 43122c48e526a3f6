import { invalidField } from "../../../utils/refusal"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ValidateMemberInviteStepInput = {
  vendor_id: string
  email: string
}

export const validateMemberInviteStepId = "validate-member-invite"

/**
 * This step checks that the invited email does not already belong to a
 * member of any co-op, invited or active.
 */
export const validateMemberInviteStep = createStep(
  validateMemberInviteStepId,
  async (input: ValidateMemberInviteStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const existing = await marketplace.listVendorMembers(
      { email: input.email },
      { select: ["id", "vendor_id"] }
    )
    if (existing.length) {
      throw invalidField(
        `email "${input.email}" already belongs to a co-op member; one email can join one co-op.`,
        "email",
        "taken",
        {}
      )
    }
    return new StepResponse(void 0)
  }
)
