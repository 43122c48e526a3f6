import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { completePaidCartStep } from "../steps/complete-paid-cart"

export const completePaidCartWorkflowId = "complete-paid-cart"

/**
 * This workflow completes the cart of a payment session that a provider
 * reported as secured; it is the webhook side of the single completion path.
 */
export const completePaidCartWorkflow = createWorkflow(
  completePaidCartWorkflowId,
  (input: { session_id: string } | null) => {
    const completed = completePaidCartStep(input)
    return new WorkflowResponse(completed)
  }
)
