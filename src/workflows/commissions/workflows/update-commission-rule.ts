import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateCommissionRuleStep,
  type UpdateCommissionRuleStepInput,
} from "../steps/update-commission-rule"

export type UpdateCommissionRuleWorkflowInput = UpdateCommissionRuleStepInput

export const updateCommissionRuleWorkflowId = "update-commission-rule"

/**
 * This workflow changes a commission rule's rate for orders placed from now on.
 *
 * @example
 * await updateCommissionRuleWorkflow(container).run({
 *   input: { id: "crule_123", rate: 6 },
 * })
 */
export const updateCommissionRuleWorkflow = createWorkflow(
  updateCommissionRuleWorkflowId,
  (input: UpdateCommissionRuleWorkflowInput) => {
    const rule = updateCommissionRuleStep(input)
    return new WorkflowResponse(rule)
  }
)
