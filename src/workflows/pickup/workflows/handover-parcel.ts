import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { checkParcelHandoverStep } from "../steps/check-parcel-handover"
import { markParcelPickedUpStep } from "../steps/mark-parcel-picked-up"
import { validateParcelAccessStep } from "../steps/validate-parcel-access"
import { HANDOVER_STATUSES } from "../utils/parcel-rules"
import { deliverParcelFulfillmentWorkflow } from "./deliver-parcel-fulfillment"

export type HandoverParcelWorkflowInput = {
  parcel_id: string
  /** The points the signed-in staff member works at. */
  point_ids: string[]
  staff_id: string
  /** The 6-digit code the customer tells, or … */
  code?: string
  /** … the signed payload of the QR code on their order. */
  qr?: string
}

export const handoverParcelWorkflowId = "handover-parcel"

/**
 * This workflow hands a parcel over against its code or QR: it checks the
 * code (with lockout), marks the parcel picked up and its fulfilment
 * delivered (tolerating one already marked delivered), which starts the
 * co-op's after-sales window. It is the only way an order with a parcel
 * is delivered.
 *
 * @example
 * await handoverParcelWorkflow(container).run({
 *   input: { parcel_id: "pcl_123", point_ids: ["pkpt_123"], staff_id: "pkst_123", code: "042917" },
 * })
 */
export const handoverParcelWorkflow = createWorkflow(
  handoverParcelWorkflowId,
  (input: HandoverParcelWorkflowInput) => {
    const access = transform({ input }, ({ input }) => ({
      parcel_id: input.parcel_id,
      point_ids: input.point_ids,
      statuses: HANDOVER_STATUSES,
      action: "handed over",
    }))
    const parcel = validateParcelAccessStep(access)

    // Serialises attempts on one parcel so that none escapes the count.
    const lockKey = transform(
      { input },
      ({ input }) => `parcel-handover:${input.parcel_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    checkParcelHandoverStep({
      parcel_id: input.parcel_id,
      staff_id: input.staff_id,
      code: input.code,
      qr: input.qr,
    })
    const pickedUp = markParcelPickedUpStep({ parcel_id: input.parcel_id })
    releaseLockStep({ key: lockKey })

    when(
      "parcel-has-fulfillment",
      { parcel },
      ({ parcel }) => !!parcel.fulfillment_id
    ).then(() => {
      const delivery = transform({ parcel }, ({ parcel }) => ({
        order_id: parcel.order_id,
        fulfillment_id: parcel.fulfillment_id!,
      }))
      deliverParcelFulfillmentWorkflow.runAsStep({ input: delivery })
    })

    const event = transform({ input, parcel }, ({ input, parcel }) => ({
      id: input.parcel_id,
      order_id: parcel.order_id,
      point_id: parcel.point_id,
      staff_id: input.staff_id,
    }))
    emitEventStep({ eventName: "parcel.picked_up", data: event })

    return new WorkflowResponse(pickedUp)
  }
)
