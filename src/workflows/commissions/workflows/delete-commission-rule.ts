import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteCommissionRuleStep } from "../steps/delete-commission-rule"

export type DeleteCommissionRuleWorkflowInput = { id: string }

export const deleteCommissionRuleWorkflowId = "delete-commission-rule"

/**
 * This workflow deletes a commission rule; its lines then fall back to the
 * co-op's override or the default.
 *
 * @example
 * await deleteCommissionRuleWorkflow(container).run({ input: { id: "crule_123" } })
 */
export const deleteCommissionRuleWorkflow = createWorkflow(
  deleteCommissionRuleWorkflowId,
  (input: DeleteCommissionRuleWorkflowInput) => {
    const id = deleteCommissionRuleStep(input.id)
    return new WorkflowResponse(id)
  }
)
