import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupPointInput } from "../utils/pickup-point-input"
import { previousFields } from "../../utils/previous-fields"

export type UpdatePickupPointStepInput = {
  id: string
  update: Partial<PickupPointInput>
}

export const updatePickupPointStepId = "update-pickup-point"

/**
 * This step changes a pickup point's fields and puts the previous values of
 * the changed fields back on rollback.
 */
export const updatePickupPointStep = createStep(
  updatePickupPointStepId,
  async (input: UpdatePickupPointStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const keys = Object.keys(input.update)
    if (!keys.length) {
      return new StepResponse(void 0)
    }
    const [before] = await pickup.listPickupPoints({ id: input.id })
    const previous = {
      id: input.id,
      ...previousFields(before, input.update),
    }
    await pickup.updatePickupPoints([{ id: input.id, ...input.update }])
    return new StepResponse(void 0, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.updatePickupPoints([previous])
  }
)
