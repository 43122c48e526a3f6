import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createPayoutStep } from "../steps/create-payout"
import { markPayoutLinesPaidStep } from "../steps/mark-payout-lines-paid"
import { validatePayoutLinesStep } from "../steps/validate-payout-lines"

export type RecordPayoutWorkflowInput = {
  vendor_id: string
  payout_line_ids: string[]
  /** The bank transfer's reference, for reconciliation. */
  reference?: string | null
  note?: string | null
  /** The admin user recording the payout. */
  recorded_by: string
}

export const recordPayoutWorkflowId = "record-payout"

/**
 * This workflow records a payout the platform made to a co-op and marks the
 * payable ledger lines it settles as paid.
 *
 * Money rule: no money moves through a payment service here: the ledger is
 * the source of truth. The transfer itself happens outside the system (bank
 * transfer), and this records it.
 *
 * @example
 * await recordPayoutWorkflow(container).run({
 *   input: {
 *     vendor_id: "ven_123",
 *     payout_line_ids: ["pline_1", "pline_2"],
 *     reference: "ICBC 20261130-0042",
 *     recorded_by: "user_123",
 *   },
 * })
 */
export const recordPayoutWorkflow = createWorkflow(
  recordPayoutWorkflowId,
  (input: RecordPayoutWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => [
      `payout-vendor-${input.vendor_id}`,
    ])
    // Taken before validation, so a concurrent run for the same co-op
    // waits and then sees these lines as paid.
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })

    const validated = validatePayoutLinesStep(input)

    const payoutInput = transform(
      { input, validated },
      ({ input, validated }) => ({
        vendor_id: input.vendor_id,
        currency_code: validated.currency_code,
        amount: validated.amount,
        reference: input.reference,
        note: input.note,
        recorded_by: input.recorded_by,
      })
    )
    const payout = createPayoutStep(payoutInput)

    const markInput = transform(
      { payout, validated },
      ({ payout, validated }) => ({
        payout_id: payout.id,
        line_ids: validated.line_ids,
      })
    )
    markPayoutLinesPaidStep(markInput)

    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(payout)
  }
)
