import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { CANCELLABLE_PARCEL_STATUSES } from "../utils/parcel-rules"

export const cancelOrderParcelStepId = "cancel-order-parcel"

/**
 * This step cancels the parcel of a cancelled order, if it has not been
 * collected or returned, and retires its code. Returns the parcel id, or
 * null when there was nothing to cancel.
 */
export const cancelOrderParcelStep = createStep(
  cancelOrderParcelStepId,
  async (input: { order_id: string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const [parcel] = await pickup.listParcels({
      order_id: input.order_id,
      status: CANCELLABLE_PARCEL_STATUSES,
    })
    if (!parcel) {
      return new StepResponse(null, null)
    }
    await pickup.updateParcels({
      id: parcel.id,
      status: "cancelled",
      code_hash: null,
      code_nonce: null,
    })
    return new StepResponse(parcel.id, {
      id: parcel.id,
      status: parcel.status,
      code_hash: parcel.code_hash,
      code_nonce: parcel.code_nonce,
    })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.updateParcels(before)
  }
)
