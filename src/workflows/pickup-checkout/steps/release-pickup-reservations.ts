import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export type ReleasePickupReservationsStepInput = { order_ids: string[] }

export const releasePickupReservationsStepId = "release-pickup-reservations"

/**
 * This step releases the active pickup reservations of the given orders,
 * freeing their compartments; compensation makes them active again.
 */
export const releasePickupReservationsStep = createStep(
  releasePickupReservationsStepId,
  async (input: ReleasePickupReservationsStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    if (!input.order_ids.length) {
      return new StepResponse([], [])
    }
    const active = await pickup.listPickupReservations(
      { order_id: input.order_ids, status: "active" },
      { select: ["id"] }
    )
    const ids = active.map((r) => r.id)
    if (ids.length) {
      await pickup.updatePickupReservations(
        ids.map((id) => ({ id, status: "released" as const }))
      )
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.updatePickupReservations(
      ids.map((id) => ({ id, status: "active" as const }))
    )
  }
)
