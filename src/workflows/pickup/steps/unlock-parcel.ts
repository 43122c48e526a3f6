import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export type UnlockParcelStepInput = {
  parcel_id: string
  actor_type: "pickup_staff" | "user"
  actor_id: string
  actor_name: string | null
  reason: string
}

export const unlockParcelStepId = "unlock-parcel"

/**
 * This step clears the parcel's wrong-code count and lock and records who
 * did it and why, with what was cleared, in the parcel's history.
 */
export const unlockParcelStep = createStep(
  unlockParcelStepId,
  async (input: UnlockParcelStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const before = await pickup.retrieveParcel(input.parcel_id)
    await pickup.updateParcels({
      id: before.id,
      failed_attempts: 0,
      locked_until: null,
    })
    const event = await pickup.createParcelEvents({
      parcel_id: before.id,
      type: "unlocked",
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      actor_name: input.actor_name,
      reason: input.reason,
      data: {
        failed_attempts: before.failed_attempts,
        locked_until: before.locked_until
          ? new Date(before.locked_until).toISOString()
          : null,
      },
    })
    return new StepResponse(event, {
      event_id: event.id,
      parcel: {
        id: before.id,
        failed_attempts: before.failed_attempts,
        locked_until: before.locked_until,
      },
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.deleteParcelEvents(undo.event_id)
    await pickup.updateParcels(undo.parcel)
  }
)
