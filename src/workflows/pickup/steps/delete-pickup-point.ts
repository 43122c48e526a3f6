import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export const deletePickupPointStepId = "delete-pickup-point"

/** This step soft-deletes a point (with its zones) and restores it on rollback. */
export const deletePickupPointStep = createStep(
  deletePickupPointStepId,
  async (input: { id: string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.softDeletePickupPoints([input.id])
    return new StepResponse(void 0, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.restorePickupPoints([id])
  }
)
