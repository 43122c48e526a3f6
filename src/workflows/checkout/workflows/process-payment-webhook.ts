import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  parsePaymentWebhookStep,
  type ParsePaymentWebhookStepInput,
} from "../steps/parse-payment-webhook"
import { completePaidCartWorkflow } from "./complete-paid-cart"

export const processPaymentWebhookWorkflowId = "process-payment-webhook"

/**
 * This workflow handles a payment provider's webhook: when it says a cart's
 * payment session is authorized or paid, the cart is completed into its
 * order group, exactly as the store's complete route does.
 */
export const processPaymentWebhookWorkflow = createWorkflow(
  processPaymentWebhookWorkflowId,
  (input: ParsePaymentWebhookStepInput) => {
    const paid = parsePaymentWebhookStep(input)
    const completed = completePaidCartWorkflow.runAsStep({ input: paid })
    return new WorkflowResponse(completed)
  }
)
