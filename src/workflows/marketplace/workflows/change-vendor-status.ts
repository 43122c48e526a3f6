import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateVendorStatusStep } from "../steps/update-vendor-status"
import type { VendorStatusAction } from "../utils/vendor-status"
import { provisionVendorFulfillmentWorkflow } from "./provision-vendor-fulfillment"

export type ChangeVendorStatusWorkflowInput = {
  vendor_id: string
  action: VendorStatusAction
  reason: string
  /** The admin user (or system) making the change. */
  actor_id: string
}

export const changeVendorStatusWorkflowId = "change-vendor-status"

/**
 * This workflow applies a platform decision to a co-op: approve, reject,
 * suspend, reinstate or close, with a reason. The first approval provisions
 * the co-op's stock location, shipping profile and delivery option.
 *
 * @example
 * await changeVendorStatusWorkflow(container).run({
 *   input: { vendor_id: "ven_123", action: "approve", reason: "资质齐全", actor_id: "user_123" },
 * })
 */
export const changeVendorStatusWorkflow = createWorkflow(
  changeVendorStatusWorkflowId,
  (input: ChangeVendorStatusWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "name", "handle", "stock_location.id"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "query-vendor" })

    const changed = updateVendorStatusStep(input)

    when(
      "provision-on-first-approval",
      { input, vendors },
      ({ input, vendors }) =>
        input.action === "approve" && !vendors[0]?.stock_location?.id
    ).then(() => {
      const provisionInput = transform({ vendors }, ({ vendors }) => ({
        vendor_id: vendors[0].id,
        name: vendors[0].name,
        handle: vendors[0].handle,
      }))
      provisionVendorFulfillmentWorkflow.runAsStep({ input: provisionInput })
    })

    const event = transform({ changed, input }, ({ changed, input }) => ({
      id: input.vendor_id,
      from: changed.from,
      to: changed.to,
      reason: input.reason,
    }))
    emitEventStep({ eventName: "vendor.status_changed", data: event })

    return new WorkflowResponse(changed)
  }
)
