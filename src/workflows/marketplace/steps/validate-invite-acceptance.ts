import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ValidateInviteAcceptanceStepInput = {
  auth_identity_id: string
}

export const validateInviteAcceptanceStepId = "validate-invite-acceptance"

/**
 * This step finds the invitation for the login's email. The login must not
 * run a co-op already, and an invited member must exist for its email.
 */
export const validateInviteAcceptanceStep = createStep(
  validateInviteAcceptanceStepId,
  async (input: ValidateInviteAcceptanceStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, {
      relations: ["provider_identities"],
    })
    const current = identity.app_metadata?.vendor_id
    if (typeof current === "string" && current) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This login already belongs to co-op member "${current}"; one login joins one co-op.`
      )
    }
    const emails = (identity.provider_identities ?? [])
      .filter((p) => p.provider === "emailpass")
      .flatMap((p) => [p.entity_id, p.entity_id.toLowerCase()])
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const members = emails.length
      ? await marketplace.listVendorMembers(
          { email: emails },
          { select: ["id", "vendor_id", "status", "email"] }
        )
      : []
    const invited = members.find((m) => m.status === "invited")
    if (!invited) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        members.length
          ? `The invitation for "${members[0].email}" was already accepted.`
          : `No co-op invitation was found for ${emails[0] ? `"${emails[0]}"` : "this login"}.`
      )
    }
    return new StepResponse({
      member_id: invited.id,
      vendor_id: invited.vendor_id as string,
      // A login whose membership was removed keeps `vendor_id: null`, which
      // setAuthAppMetadataStep treats as taken.
      has_stale_vendor_key: current === null,
    })
  }
)
