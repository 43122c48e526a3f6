import type { MedusaContainer } from "@medusajs/framework/types"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import { createPickupStaffWorkflow } from "../../workflows/pickup"
import type { DemoUsers } from "./data"

/**
 * Creates the demo pickup-point staff login as manager of its point (by
 * handle). Run it after the pickup points are seeded; an existing staff
 * member is kept.
 */
export async function seedPickupStaff(
  container: MedusaContainer,
  users: DemoUsers,
  log: (message: string) => void
) {
  const demo = users.pickup
  if (!demo) {
    return
  }
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const [existing] = await pickup.listPickupStaffs({ email: demo.email })
  if (existing) {
    log(`pickup staff ${demo.email}: kept`)
    return
  }
  const [point] = await pickup.listPickupPoints(
    { handle: demo.point_handle },
    { select: ["id", "name_zh"] }
  )
  if (!point) {
    log(`pickup staff ${demo.email}: skipped, no point "${demo.point_handle}"`)
    return
  }
  await createPickupStaffWorkflow(container).run({
    input: {
      email: demo.email,
      name: demo.name,
      phone: demo.phone ?? null,
      password: demo.password,
      memberships: [{ point_id: point.id, role: "manager" }],
    },
  })
  log(`pickup staff ${demo.email}: created at ${point.name_zh}`)
}
