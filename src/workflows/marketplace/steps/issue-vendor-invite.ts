import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  INVITE_NOTIFICATION_TEMPLATE,
  INVITE_TTL_HOURS,
  inviteAcceptUrl,
  inviteExpiry,
  newInviteToken,
} from "../utils/invite-token"

export type IssueVendorInviteStepInput = {
  member_id: string
}

type PreviousInvite = {
  id: string
  invite_token_hash: string | null
  invite_expires_at: Date | null
}

export const issueVendorInviteStepId = "issue-vendor-invite"

/** The storefront the invitation link points at (medusa-config's admin.storefrontUrl). */
function storefrontUrl(container: MedusaContainer): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return (
    config.admin?.storefrontUrl ||
    process.env.STOREFRONT_URL ||
    "http://localhost:8000"
  )
}

/**
 * This step gives an invited member a new one-time token and emails it to
 * them through the Notification Module (template `vendor-member-invite`).
 * Only the token's SHA-256 is stored on the member, with an expiry 72 h out;
 * a token sent before stops working. The token is never returned: it leaves
 * only in the email's link, so the step's output does not carry it either.
 * If the email cannot be sent, the previous token is put back and the step
 * fails.
 */
export const issueVendorInviteStep = createStep(
  issueVendorInviteStepId,
  async (input: IssueVendorInviteStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const member = await marketplace.retrieveVendorMember(input.member_id, {
      select: [
        "id",
        "email",
        "name",
        "role",
        "invite_token_hash",
        "invite_expires_at",
      ],
      relations: ["vendor"],
    })
    const previous: PreviousInvite = {
      id: member.id,
      invite_token_hash: member.invite_token_hash ?? null,
      invite_expires_at: member.invite_expires_at
        ? new Date(member.invite_expires_at)
        : null,
    }

    const { token, hash } = newInviteToken()
    const expiresAt = inviteExpiry()
    await marketplace.updateVendorMembers({
      id: member.id,
      invite_token_hash: hash,
      invite_expires_at: expiresAt,
    })

    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: member.email,
        channel: "email",
        template: INVITE_NOTIFICATION_TEMPLATE,
        trigger_type: "vendor_member.invited",
        resource_id: member.id,
        resource_type: "vendor_member",
        data: {
          accept_url: inviteAcceptUrl(storefrontUrl(container), token),
          vendor_name: member.vendor?.name,
          vendor_handle: member.vendor?.handle,
          member_name: member.name,
          role: member.role,
          expires_at: expiresAt.toISOString(),
          expires_in_hours: INVITE_TTL_HOURS,
        },
      })
    } catch (e) {
      await marketplace.updateVendorMembers(previous)
      throw e
    }

    return new StepResponse(
      { member_id: member.id, expires_at: expiresAt },
      previous
    )
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
