import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { notifyParcelCustomersStep } from "../steps/notify-parcel-customers"
import { receiveParcelStep } from "../steps/receive-parcel"
import { validateParcelAccessStep } from "../steps/validate-parcel-access"

export type ReceiveParcelWorkflowInput = {
  parcel_id: string
  /** The points the signed-in staff member works at. */
  point_ids: string[]
  staff_id: string
}

export const receiveParcelWorkflowId = "receive-parcel"

/**
 * This workflow books a co-op's delivery in at a pickup point: it assigns a
 * compartment and a fresh pickup code, starts the free-storage deadline and
 * tells the customer.
 *
 * @example
 * await receiveParcelWorkflow(container).run({
 *   input: { parcel_id: "pcl_123", point_ids: ["pkpt_123"], staff_id: "pkst_123" },
 * })
 */
export const receiveParcelWorkflow = createWorkflow(
  receiveParcelWorkflowId,
  (input: ReceiveParcelWorkflowInput) => {
    const access = transform({ input }, ({ input }) => ({
      parcel_id: input.parcel_id,
      point_ids: input.point_ids,
      statuses: ["awaiting_arrival" as const],
      action: "received",
    }))
    const parcel = validateParcelAccessStep(access)

    // Compartments and codes are unique per point: one receipt at a time.
    const lockKey = transform(
      { parcel },
      ({ parcel }) => `pickup-point-receive:${parcel.point_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const received = receiveParcelStep({ parcel_id: input.parcel_id })
    releaseLockStep({ key: lockKey })

    const notify = transform({ input }, ({ input }) => ({
      parcel_ids: [input.parcel_id],
      notice: "ready" as const,
    }))
    notifyParcelCustomersStep(notify)
    const event = transform({ input, parcel }, ({ input, parcel }) => ({
      id: input.parcel_id,
      order_id: parcel.order_id,
      point_id: parcel.point_id,
      staff_id: input.staff_id,
    }))
    emitEventStep({ eventName: "parcel.received", data: event })

    return new WorkflowResponse(received)
  }
)
