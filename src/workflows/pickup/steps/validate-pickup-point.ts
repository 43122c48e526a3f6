import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  districtCodeProblem,
  openingHoursProblem,
  type PickupPointInput,
  type PickupZoneInput,
  zonesProblem,
} from "../utils/pickup-point-input"

export type ValidatePickupPointStepInput = {
  /** The point being edited. */
  id?: string
  point: Partial<PickupPointInput>
  zones?: PickupZoneInput[]
}

export const validatePickupPointStepId = "validate-pickup-point"

/**
 * This step checks a new or edited pickup point: it exists (when edited),
 * its handle is free, its district is a GB/T 2260 district or county, its
 * opening hours make sense and it lists each zone once.
 */
export const validatePickupPointStep = createStep(
  validatePickupPointStepId,
  async (input: ValidatePickupPointStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const invalid = (message: string) =>
      new MedusaError(MedusaError.Types.INVALID_DATA, message)
    if (input.id) {
      const [existing] = await pickup.listPickupPoints(
        { id: input.id },
        { select: ["id"] }
      )
      if (!existing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Pickup point "${input.id}" was not found.`
        )
      }
    }
    const problem =
      districtCodeProblem(input.point.district_code) ??
      openingHoursProblem(input.point.opening_hours) ??
      zonesProblem(input.zones)
    if (problem) {
      throw invalid(problem)
    }
    if (input.point.handle) {
      const [holder] = await pickup.listPickupPoints(
        { handle: input.point.handle },
        { select: ["id"] }
      )
      if (holder && holder.id !== input.id) {
        throw invalid(
          `handle "${input.point.handle}" is already used by pickup point "${holder.id}".`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
