import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type {
  PickupPointInput,
  PickupZoneInput,
} from "../utils/pickup-point-input"

export type CreatePickupPointStepInput = {
  point: PickupPointInput
  zones: PickupZoneInput[]
}

export const createPickupPointStepId = "create-pickup-point"

/** This step creates a pickup point with its zones and deletes both on rollback. */
export const createPickupPointStep = createStep(
  createPickupPointStepId,
  async (input: CreatePickupPointStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const point = await pickup.createPickupPoints(input.point)
    if (input.zones.length) {
      await pickup.createPickupZones(
        input.zones.map((z) => ({ ...z, point_id: point.id }))
      )
    }
    return new StepResponse(point, point.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    // Zones go with the point (on delete cascade).
    await pickup.deletePickupPoints(id)
  }
)
