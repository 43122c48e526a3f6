import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { applyOverdueParcelsStep } from "../steps/apply-overdue-parcels"
import { flagReturnedParcelOrdersStep } from "../steps/flag-returned-parcel-orders"
import { notifyParcelCustomersStep } from "../steps/notify-parcel-customers"
import { planOverdueParcelsStep } from "../steps/plan-overdue-parcels"

export type ProcessOverdueParcelsWorkflowInput = {
  /** The clock; defaults to now (tests move it). */
  now?: Date | string
}

export const processOverdueParcelsWorkflowId = "process-overdue-parcels"

/**
 * This workflow applies the pickup points' overdue policy: parcels past
 * their deadline become `overdue` and their customers are told; past the
 * grace hours they are `returned`, and the co-op's order is flagged for
 * after-sales. It is idempotent: a second run finds nothing new to do.
 *
 * @example
 * const { result } = await processOverdueParcelsWorkflow(container).run({ input: {} })
 */
export const processOverdueParcelsWorkflow = createWorkflow(
  processOverdueParcelsWorkflowId,
  (input: ProcessOverdueParcelsWorkflowInput) => {
    const now = transform({ input }, ({ input }) =>
      new Date(input.now ?? Date.now()).toISOString()
    )
    const plan = planOverdueParcelsStep({ now })
    // Only the parcels that actually moved are flagged, told and counted.
    const applied = applyOverdueParcelsStep({ plan, now })

    const returned = transform({ applied, now }, ({ applied, now }) => ({
      parcels: applied.returned,
      now,
    }))
    flagReturnedParcelOrdersStep(returned)

    const overdueNotice = transform({ applied }, ({ applied }) => ({
      parcel_ids: applied.overdue,
      notice: "overdue" as const,
    }))
    const returnedNotice = transform({ applied }, ({ applied }) => ({
      parcel_ids: applied.returned.map((p) => p.id),
      notice: "returned" as const,
    }))
    notifyParcelCustomersStep(overdueNotice).config({
      name: "notify-overdue-parcels",
    })
    notifyParcelCustomersStep(returnedNotice).config({
      name: "notify-returned-parcels",
    })
    const events = transform({ applied }, ({ applied }) => applied.returned)
    emitEventStep({ eventName: "parcel.returned", data: events })

    const result = transform({ applied }, ({ applied }) => ({
      overdue: applied.overdue,
      returned: applied.returned.map((p) => p.id),
    }))
    return new WorkflowResponse(result)
  }
)
