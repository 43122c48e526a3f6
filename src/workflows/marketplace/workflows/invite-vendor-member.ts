import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createVendorMemberStep,
  type CreateVendorMemberStepInput,
} from "../steps/create-vendor-member"
import { issueVendorInviteStep } from "../steps/issue-vendor-invite"
import { validateMemberInviteStep } from "../steps/validate-member-invite"

export type InviteVendorMemberWorkflowInput = CreateVendorMemberStepInput

export const inviteVendorMemberWorkflowId = "invite-vendor-member"

/**
 * This workflow invites a person to a co-op as a manager or staff member and
 * emails them a one-time link (`vendor-member-invite`, valid 72 h). The
 * member stays `invited` until they accept with that link's token, signed in
 * with a login for the same email. Only the token's hash is stored; the
 * token is never returned.
 *
 * @example
 * await inviteVendorMemberWorkflow(container).run({
 *   input: { vendor_id: "ven_123", email: "li@coop.example", name: "李娟", role: "staff" },
 * })
 */
export const inviteVendorMemberWorkflow = createWorkflow(
  inviteVendorMemberWorkflowId,
  (input: InviteVendorMemberWorkflowInput) => {
    const validation = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      email: input.email,
    }))
    validateMemberInviteStep(validation)

    const member = createVendorMemberStep(input)

    const issue = transform({ member }, ({ member }) => ({
      member_id: member.id,
    }))
    issueVendorInviteStep(issue)

    const event = transform({ member }, ({ member }) => ({
      id: member.id,
      vendor_id: member.vendor_id,
      email: member.email,
    }))
    emitEventStep({ eventName: "vendor_member.invited", data: event })

    return new WorkflowResponse(member)
  }
)
