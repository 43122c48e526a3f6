import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateVendorMemberStep } from "../steps/update-vendor-member"
import { validateVendorMemberChangeStep } from "../steps/validate-vendor-member-change"
import type { MemberRole } from "../utils/vendor-members"

export type UpdateVendorMemberWorkflowInput = {
  vendor_id: string
  member_id: string
  role: MemberRole
}

export const updateVendorMemberWorkflowId = "update-vendor-member"

/**
 * This workflow changes a co-op member's role, keeping at least one active
 * owner.
 *
 * @example
 * await updateVendorMemberWorkflow(container).run({
 *   input: { vendor_id: "ven_123", member_id: "vmem_123", role: "manager" },
 * })
 */
export const updateVendorMemberWorkflow = createWorkflow(
  updateVendorMemberWorkflowId,
  (input: UpdateVendorMemberWorkflowInput) => {
    const checked = validateVendorMemberChangeStep(input)
    const update = transform({ checked, input }, ({ checked, input }) => ({
      id: checked.member_id,
      role: input.role,
    }))
    const member = updateVendorMemberStep(update)
    return new WorkflowResponse(member)
  }
)
