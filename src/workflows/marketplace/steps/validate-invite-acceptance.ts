import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { inviteTokenMatches } from "../utils/invite-token"

export type ValidateInviteAcceptanceStepInput = {
  auth_identity_id: string
  /** The one-time token from the invitation email's link. */
  token: string
}

export const validateInviteAcceptanceStepId = "validate-invite-acceptance"

/**
 * This step finds the invitation for the login's email and checks its token.
 * The login must not run a co-op already, an invited member must exist for
 * its email, and the token must be that invitation's current one and not
 * expired. Knowing (or registering) the invited email is not enough.
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
          {
            select: [
              "id",
              "vendor_id",
              "status",
              "email",
              "invite_token_hash",
              "invite_expires_at",
            ],
          }
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
    // The token is checked before its expiry, so only its holder learns that.
    if (!inviteTokenMatches(input.token, invited.invite_token_hash)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The invitation token is not valid for "${invited.email}": use the link in the latest invitation email, or ask the co-op's owner to send the invitation again.`
      )
    }
    const expiresAt = invited.invite_expires_at
      ? new Date(invited.invite_expires_at)
      : null
    if (!expiresAt || expiresAt.getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The invitation for "${invited.email}" expired${expiresAt ? ` at ${expiresAt.toISOString()}` : ""}; ask the co-op's owner to send it again.`
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
