import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupStaffRole } from "./create-pickup-staff"
import { assertPointsExist } from "./validate-pickup-staff"

export type AddPickupStaffMembershipStepInput = {
  staff_id: string
  point_id: string
  role?: PickupStaffRole
}

export const addPickupStaffMembershipStepId = "add-pickup-staff-membership"

/**
 * This step makes a staff member work at one more point; they must exist,
 * and not be a member there yet.
 */
export const addPickupStaffMembershipStep = createStep(
  addPickupStaffMembershipStepId,
  async (input: AddPickupStaffMembershipStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.retrievePickupStaff(input.staff_id)
    await assertPointsExist(pickup, [input.point_id])
    const [existing] = await pickup.listPickupStaffMemberships({
      staff_id: input.staff_id,
      point_id: input.point_id,
    })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `point_id "${input.point_id}": pickup staff "${input.staff_id}" already works there.`
      )
    }
    const membership = await pickup.createPickupStaffMemberships({
      staff_id: input.staff_id,
      point_id: input.point_id,
      role: input.role ?? "staff",
    })
    return new StepResponse(membership, membership.id)
  },
  async (membershipId, { container }) => {
    if (!membershipId) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.deletePickupStaffMemberships(membershipId)
  }
)
