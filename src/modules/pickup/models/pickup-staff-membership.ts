import { model } from "@medusajs/framework/utils"
import { PickupPoint } from "./pickup-point"
import { PickupStaff } from "./pickup-staff"

/** Staff of a point see and handle only that point's parcels. */
export const PickupStaffMembership = model
  .define("pickup_staff_membership", {
    id: model.id({ prefix: "pksm" }).primaryKey(),
    role: model.enum(["staff", "manager"]).default("staff"),
    staff: model.belongsTo(() => PickupStaff, { mappedBy: "memberships" }),
    point: model.belongsTo(() => PickupPoint, {
      mappedBy: "staff_memberships",
    }),
  })
  .indexes([
    {
      on: ["staff_id", "point_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
