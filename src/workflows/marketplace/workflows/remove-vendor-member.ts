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
import { removeVendorMemberStep } from "../steps/remove-vendor-member"
import { validateVendorMemberChangeStep } from "../steps/validate-vendor-member-change"

export type RemoveVendorMemberWorkflowInput = {
  vendor_id: string
  member_id: string
}

export const removeVendorMemberWorkflowId = "remove-vendor-member"

/**
 * This workflow removes a member from a co-op, keeping at least one active
 * owner, and unbinds their login from the `vendor` actor.
 *
 * @example
 * await removeVendorMemberWorkflow(container).run({
 *   input: { vendor_id: "ven_123", member_id: "vmem_123" },
 * })
 */
export const removeVendorMemberWorkflow = createWorkflow(
  removeVendorMemberWorkflowId,
  (input: RemoveVendorMemberWorkflowInput) => {
    const validation = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      member_id: input.member_id,
      role: null,
    }))
    const checked = validateVendorMemberChangeStep(validation)

    const removed = removeVendorMemberStep(checked.member_id)

    when(
      "member-has-login",
      { checked },
      ({ checked }) => !!checked.auth_identity_id
    ).then(() => {
      setAuthAppMetadataStep({
        authIdentityId: checked.auth_identity_id as string,
        actorType: "vendor",
        value: null,
      })
    })

    emitEventStep({
      eventName: "vendor_member.removed",
      data: { id: removed, vendor_id: input.vendor_id },
    })

    return new WorkflowResponse({ id: removed })
  }
)
