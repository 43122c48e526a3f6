import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { issuePhoneCodeStep } from "../steps/issue-phone-code"

export type SendPhoneCodeWorkflowInput = {
  /** A mainland mobile number in E.164, already normalised. */
  phone: string
}

export const sendPhoneCodeWorkflowId = "send-phone-code"

/**
 * This workflow texts a phone a six-digit sign-in code, valid 5 minutes,
 * and stops any code sent before from working. Throttling (60 s between
 * sends, daily caps per phone and per IP) is the route's middleware.
 *
 * @example
 * await sendPhoneCodeWorkflow(container).run({
 *   input: { phone: "+8613800138000" },
 * })
 */
export const sendPhoneCodeWorkflow = createWorkflow(
  sendPhoneCodeWorkflowId,
  (input: SendPhoneCodeWorkflowInput) => {
    const issued = issuePhoneCodeStep(input)
    return new WorkflowResponse(issued)
  }
)
