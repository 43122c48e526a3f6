import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { releasePayablePayoutLinesStep } from "../steps/release-payable-payout-lines"

export const releasePayablePayoutLinesWorkflowId =
  "release-payable-payout-lines"

/**
 * This workflow makes co-op earnings payable once an order has been
 * delivered or picked up and the after-sales window has passed.
 */
export const releasePayablePayoutLinesWorkflow = createWorkflow(
  releasePayablePayoutLinesWorkflowId,
  (input: { now?: Date }) => {
    const released = releasePayablePayoutLinesStep(input)
    return new WorkflowResponse(released)
  }
)
