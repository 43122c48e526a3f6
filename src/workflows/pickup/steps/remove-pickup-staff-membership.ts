import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export type RemovePickupStaffMembershipStepInput = {
  staff_id: string
  point_id: string
}

export const removePickupStaffMembershipStepId =
  "remove-pickup-staff-membership"

/** This step takes a staff member off a point; their login stays. */
export const removePickupStaffMembershipStep = createStep(
  removePickupStaffMembershipStepId,
  async (input: RemovePickupStaffMembershipStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const [membership] = await pickup.listPickupStaffMemberships({
      staff_id: input.staff_id,
      point_id: input.point_id,
    })
    if (!membership) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Pickup staff "${input.staff_id}" does not work at point "${input.point_id}".`
      )
    }
    // Deleted, not soft-deleted: (staff, point) is unique, and the member
    // may be added back later.
    await pickup.deletePickupStaffMemberships(membership.id)
    const removed = {
      staff_id: input.staff_id,
      point_id: input.point_id,
      role: membership.role,
    }
    return new StepResponse(membership.id, removed)
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.createPickupStaffMemberships(removed)
  }
)
