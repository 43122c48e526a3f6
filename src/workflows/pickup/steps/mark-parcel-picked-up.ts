import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export const markParcelPickedUpStepId = "mark-parcel-picked-up"

/**
 * This step marks a parcel collected and retires its code, so the code
 * cannot be reused and the compartment frees up.
 */
export const markParcelPickedUpStep = createStep(
  markParcelPickedUpStepId,
  async (input: { parcel_id: string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const before = await pickup.retrieveParcel(input.parcel_id)
    const parcel = await pickup.updateParcels({
      id: input.parcel_id,
      status: "picked_up",
      picked_up_at: new Date(),
      code_hash: null,
      code_nonce: null,
      failed_attempts: 0,
      locked_until: null,
    })
    return new StepResponse(parcel, {
      id: before.id,
      status: before.status,
      picked_up_at: before.picked_up_at,
      code_hash: before.code_hash,
      code_nonce: before.code_nonce,
      failed_attempts: before.failed_attempts,
      locked_until: before.locked_until,
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
