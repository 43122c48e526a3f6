import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  addPickupStaffMembershipStep,
  type AddPickupStaffMembershipStepInput,
} from "../steps/add-pickup-staff-membership"

export const addPickupStaffMembershipWorkflowId = "add-pickup-staff-membership"

/**
 * This workflow lets a pickup staff member work at one more point.
 *
 * @example
 * await addPickupStaffMembershipWorkflow(container).run({
 *   input: { staff_id: "pkst_123", point_id: "pkpt_123", role: "staff" },
 * })
 */
export const addPickupStaffMembershipWorkflow = createWorkflow(
  addPickupStaffMembershipWorkflowId,
  (input: AddPickupStaffMembershipStepInput) => {
    const membership = addPickupStaffMembershipStep(input)
    return new WorkflowResponse(membership)
  }
)
