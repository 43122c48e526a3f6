import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { invalidField } from "../../../utils/refusal"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { lastOwnerProblem, type MemberRole } from "../utils/vendor-members"

export type ValidateVendorMemberChangeStepInput = {
  vendor_id: string
  member_id: string
  /** The new role, or null when the member is being removed. */
  role: MemberRole | null
}

export const validateVendorMemberChangeStepId = "validate-vendor-member-change"

/**
 * This step checks that the member belongs to the caller's co-op and that the
 * change leaves the co-op with an active owner. It also finds the member's
 * login, if they have one.
 */
export const validateVendorMemberChangeStep = createStep(
  validateVendorMemberChangeStepId,
  async (input: ValidateVendorMemberChangeStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const members = await marketplace.listVendorMembers(
      { vendor_id: input.vendor_id },
      { select: ["id", "email", "role", "status"] }
    )
    const member = members.find((m) => m.id === input.member_id)
    if (!member) {
      // Another co-op's member looks exactly like a missing one.
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Co-op member "${input.member_id}" was not found.`
      )
    }
    const problem = lastOwnerProblem(members, member.id, input.role)
    if (problem) {
      throw invalidField(problem, input.role ? "role" : "", "last_owner", {
        member: member.id,
      })
    }
    const authIdentityId = await findMemberLogin(container, member)
    return new StepResponse({
      member_id: member.id,
      auth_identity_id: authIdentityId,
    })
  }
)

/** The login bound to a member as the `vendor` actor, if there is one. */
async function findMemberLogin(
  container: MedusaContainer,
  member: { id: string; email: string }
): Promise<string | null> {
  const auth = container.resolve(Modules.AUTH)
  const identities = await auth.listAuthIdentities(
    { app_metadata: { vendor_id: member.id } } as any,
    { select: ["id", "app_metadata"] }
  )
  const bound = identities.find((i) => i.app_metadata?.vendor_id === member.id)
  return bound?.id ?? null
}
