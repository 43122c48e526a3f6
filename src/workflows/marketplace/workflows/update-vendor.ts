import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  updateVendorStep,
  type UpdateVendorStepInput,
} from "../steps/update-vendor"

export type UpdateVendorWorkflowInput = UpdateVendorStepInput

export const updateVendorWorkflowId = "update-vendor"

/**
 * This workflow updates a co-op's profile: its own console edits, or the
 * platform's (which may also set the commission rate).
 *
 * @example
 * await updateVendorWorkflow(container).run({
 *   input: { vendor_id: "ven_123", update: { description_zh: "三峡库区的脐橙合作社" } },
 * })
 */
export const updateVendorWorkflow = createWorkflow(
  updateVendorWorkflowId,
  (input: UpdateVendorWorkflowInput) => {
    useQueryGraphStep({
      entity: "vendor",
      fields: ["id"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "query-vendor" })

    const vendor = updateVendorStep(input)

    emitEventStep({
      eventName: "vendor.updated",
      data: { id: input.vendor_id },
    })

    return new WorkflowResponse(vendor)
  }
)
