import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { cancelOrderPayoutLinesStep } from "../steps/cancel-order-payout-lines"
import { validateOrdersCanceledStep } from "../steps/validate-orders-canceled"

export type CancelOrderPayoutLinesWorkflowInput = { order_ids: string[] }

export const cancelOrderPayoutLinesWorkflowId = "cancel-order-payout-lines"

/**
 * This workflow takes canceled orders out of the payout ledger: their
 * pending and payable lines become cancelled, so no report, total or payout
 * counts them. Paid lines stay paid and are logged as a warning: that money
 * has left, and getting it back is a manual adjustment. Running it again
 * changes nothing.
 *
 * @example
 * await cancelOrderPayoutLinesWorkflow(container).run({
 *   input: { order_ids: ["order_123"] },
 * })
 */
export const cancelOrderPayoutLinesWorkflow = createWorkflow(
  cancelOrderPayoutLinesWorkflowId,
  (input: CancelOrderPayoutLinesWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: input.order_ids },
    }).config({ name: "query-orders" })
    validateOrdersCanceledStep({ order_ids: input.order_ids, orders })

    const { data: lines } = useQueryGraphStep({
      entity: "payout_line",
      fields: ["id", "vendor_id"],
      filters: { order_id: input.order_ids },
    }).config({ name: "query-payout-lines" })
    // The key recordPayoutWorkflow takes for a co-op: a payout and this
    // cancellation never touch the same co-op's lines at once.
    const lockKeys = transform({ lines }, ({ lines }) =>
      [
        ...new Set(
          lines.map(
            (l: { vendor_id: string }) => `payout-vendor-${l.vendor_id}`
          )
        ),
      ].sort()
    )
    acquireLockStep({ key: lockKeys, timeout: 15, ttl: 60 })

    const result = cancelOrderPayoutLinesStep({ order_ids: input.order_ids })

    releaseLockStep({ key: lockKeys })
    return new WorkflowResponse(result)
  }
)
