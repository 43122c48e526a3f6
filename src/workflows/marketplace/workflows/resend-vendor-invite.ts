import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { issueVendorInviteStep } from "../steps/issue-vendor-invite"
import { validateInviteResendStep } from "../steps/validate-invite-resend"

export type ResendVendorInviteWorkflowInput = {
  vendor_id: string
  member_id: string
}

export const resendVendorInviteWorkflowId = "resend-vendor-invite"

/**
 * This workflow emails an invited member a new one-time link, valid for
 * another 72 h. The token sent before stops working.
 *
 * @example
 * await resendVendorInviteWorkflow(container).run({
 *   input: { vendor_id: "ven_123", member_id: "vmem_123" },
 * })
 */
export const resendVendorInviteWorkflow = createWorkflow(
  resendVendorInviteWorkflowId,
  (input: ResendVendorInviteWorkflowInput) => {
    const checked = validateInviteResendStep(input)
    const issued = issueVendorInviteStep(checked)
    return new WorkflowResponse(issued)
  }
)
