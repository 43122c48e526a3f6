import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export type ValidatePickupStaffStepInput = {
  email: string
  point_ids: string[]
}

export const validatePickupStaffStepId = "validate-pickup-staff"

/**
 * This step checks that no pickup staff uses the email yet and that every
 * point the staff is to join exists.
 */
export const validatePickupStaffStep = createStep(
  validatePickupStaffStepId,
  async (input: ValidatePickupStaffStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const [existing] = await pickup.listPickupStaffs({ email: input.email })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `email "${input.email}" already belongs to pickup staff "${existing.id}".`
      )
    }
    await assertPointsExist(pickup, input.point_ids)
    return new StepResponse(void 0)
  }
)

export async function assertPointsExist(
  pickup: PickupModuleService,
  pointIds: string[]
) {
  if (!pointIds.length) {
    return
  }
  const points = await pickup.listPickupPoints(
    { id: pointIds },
    { select: ["id"] }
  )
  const found = new Set(points.map((p) => p.id))
  const missing = pointIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Pickup point "${missing.join('", "')}" was not found.`
    )
  }
}
