import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { rebindVendorLoginStep } from "../steps/rebind-vendor-login"
import { updateVendorMemberStep } from "../steps/update-vendor-member"
import { validateInviteAcceptanceStep } from "../steps/validate-invite-acceptance"

export type AcceptVendorInviteWorkflowInput = {
  auth_identity_id: string
  /** The one-time token from the invitation email's link. */
  token: string
}

export const acceptVendorInviteWorkflowId = "accept-vendor-invite"

/**
 * This workflow accepts the co-op invitation for a login's email with the
 * invitation's one-time token: the member becomes active, the token is
 * cleared (it works once), and the login is bound to the member as the
 * `vendor` actor.
 *
 * @example
 * await acceptVendorInviteWorkflow(container).run({
 *   input: { auth_identity_id: "authid_123", token: "<token from the email>" },
 * })
 */
export const acceptVendorInviteWorkflow = createWorkflow(
  acceptVendorInviteWorkflowId,
  (input: AcceptVendorInviteWorkflowInput) => {
    const invitation = validateInviteAcceptanceStep(input)

    const activate = transform({ invitation }, ({ invitation }) => ({
      id: invitation.member_id,
      status: "active" as const,
      invite_token_hash: null,
      invite_expires_at: null,
    }))
    const member = updateVendorMemberStep(activate)

    when(
      "login-is-new-to-co-ops",
      { invitation },
      ({ invitation }) => !invitation.has_stale_vendor_key
    ).then(() => {
      setAuthAppMetadataStep({
        authIdentityId: input.auth_identity_id,
        actorType: "vendor",
        value: invitation.member_id,
      })
    })
    when(
      "login-left-a-co-op-before",
      { invitation },
      ({ invitation }) => invitation.has_stale_vendor_key
    ).then(() => {
      const rebind = transform(
        { input, invitation },
        ({ input, invitation }) => ({
          auth_identity_id: input.auth_identity_id,
          member_id: invitation.member_id,
        })
      )
      rebindVendorLoginStep(rebind)
    })

    const event = transform({ invitation }, ({ invitation }) => ({
      id: invitation.member_id,
      vendor_id: invitation.vendor_id,
    }))
    emitEventStep({ eventName: "vendor_member.joined", data: event })

    return new WorkflowResponse(member)
  }
)
