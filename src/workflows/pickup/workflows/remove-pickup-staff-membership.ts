import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  removePickupStaffMembershipStep,
  type RemovePickupStaffMembershipStepInput,
} from "../steps/remove-pickup-staff-membership"

export const removePickupStaffMembershipWorkflowId =
  "remove-pickup-staff-membership"

/**
 * This workflow takes a pickup staff member off a point; from then on its
 * parcels are not found for them.
 *
 * @example
 * await removePickupStaffMembershipWorkflow(container).run({
 *   input: { staff_id: "pkst_123", point_id: "pkpt_123" },
 * })
 */
export const removePickupStaffMembershipWorkflow = createWorkflow(
  removePickupStaffMembershipWorkflowId,
  (input: RemovePickupStaffMembershipStepInput) => {
    const id = removePickupStaffMembershipStep(input)
    return new WorkflowResponse(id)
  }
)
