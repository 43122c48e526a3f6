import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ValidateInviteResendStepInput = {
  vendor_id: string
  member_id: string
}

export const validateInviteResendStepId = "validate-invite-resend"

/**
 * This step checks that the member belongs to the caller's co-op and has not
 * accepted yet, so a new invitation can be sent to them.
 */
export const validateInviteResendStep = createStep(
  validateInviteResendStepId,
  async (input: ValidateInviteResendStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [member] = await marketplace.listVendorMembers(
      { id: input.member_id, vendor_id: input.vendor_id },
      { select: ["id", "status"] }
    )
    if (!member) {
      // Another co-op's member looks exactly like a missing one.
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Co-op member "${input.member_id}" was not found.`
      )
    }
    if (member.status !== "invited") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Co-op member "${member.id}" has already accepted the invitation; there is nothing to send again.`
      )
    }
    return new StepResponse({ member_id: member.id })
  }
)
