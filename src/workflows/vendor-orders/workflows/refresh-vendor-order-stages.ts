import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  refreshVendorOrderStagesStep,
  type RefreshVendorOrderStagesStepInput,
} from "../steps/refresh-vendor-order-stages"

export const refreshVendorOrderStagesWorkflowId = "refresh-vendor-order-stages"

/**
 * This workflow stores the current stage of the given co-op orders (or of
 * the orders of the given fulfilments) for the co-op's order list.
 *
 * @example
 * await refreshVendorOrderStagesWorkflow(container).run({
 *   input: { order_ids: ["order_123"] },
 * })
 */
export const refreshVendorOrderStagesWorkflow = createWorkflow(
  refreshVendorOrderStagesWorkflowId,
  (input: RefreshVendorOrderStagesStepInput) => {
    const rows = refreshVendorOrderStagesStep(input)
    return new WorkflowResponse(rows)
  }
)
