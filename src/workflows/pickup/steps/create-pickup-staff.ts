import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export type PickupStaffRole = "staff" | "manager"

export type CreatePickupStaffStepInput = {
  email: string
  name: string
  phone?: string | null
  memberships: { point_id: string; role?: PickupStaffRole }[]
}

export const createPickupStaffStepId = "create-pickup-staff"

/** This step creates a pickup staff member and their point memberships. */
export const createPickupStaffStep = createStep(
  createPickupStaffStepId,
  async (input: CreatePickupStaffStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const staff = await pickup.createPickupStaffs({
      email: input.email,
      name: input.name,
      phone: input.phone ?? null,
    })
    if (input.memberships.length) {
      await pickup.createPickupStaffMemberships(
        input.memberships.map((m) => ({
          staff_id: staff.id,
          point_id: m.point_id,
          role: m.role ?? "staff",
        }))
      )
    }
    return new StepResponse(staff, staff.id)
  },
  async (staffId, { container }) => {
    if (!staffId) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const memberships = await pickup.listPickupStaffMemberships(
      { staff_id: staffId },
      { select: ["id"] }
    )
    await pickup.deletePickupStaffMemberships(memberships.map((m) => m.id))
    await pickup.deletePickupStaffs(staffId)
  }
)
