import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createCommissionRuleStep } from "../steps/create-commission-rule"
import { validateCommissionRuleStep } from "../steps/validate-commission-rule"

export type CreateCommissionRuleWorkflowInput = {
  scope: "default" | "category"
  category_id?: string | null
  /** Percent, 0 to 100. */
  rate: number
}

export const createCommissionRuleWorkflowId = "create-commission-rule"

/**
 * This workflow creates the platform's default commission rule or the rule
 * for one product category.
 *
 * @example
 * await createCommissionRuleWorkflow(container).run({
 *   input: { scope: "category", category_id: "pcat_123", rate: 8 },
 * })
 */
export const createCommissionRuleWorkflow = createWorkflow(
  createCommissionRuleWorkflowId,
  (input: CreateCommissionRuleWorkflowInput) => {
    validateCommissionRuleStep(input)
    const rule = createCommissionRuleStep(input)
    return new WorkflowResponse(rule)
  }
)
