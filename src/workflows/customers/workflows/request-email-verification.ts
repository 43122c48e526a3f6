import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { issueEmailVerificationStep } from "../steps/issue-email-verification"
import { validateEmailVerificationRequestStep } from "../steps/validate-email-verification-request"

export type RequestEmailVerificationWorkflowInput = { customer_id: string }

export const requestEmailVerificationWorkflowId = "request-email-verification"

/**
 * This workflow emails a signed-in customer a one-time link that verifies
 * their email (and so attaches the orders they placed with it as a guest).
 *
 * @example
 * await requestEmailVerificationWorkflow(container).run({
 *   input: { customer_id: "cus_123" },
 * })
 */
export const requestEmailVerificationWorkflow = createWorkflow(
  requestEmailVerificationWorkflowId,
  (input: RequestEmailVerificationWorkflowInput) => {
    const customer = validateEmailVerificationRequestStep(input)
    const issued = issueEmailVerificationStep({
      customer_id: customer.id,
      email: customer.email,
    })
    return new WorkflowResponse(issued)
  }
)
