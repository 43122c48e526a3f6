import { model } from "@medusajs/framework/utils"
import { PickupStaffMembership } from "./pickup-staff-membership"

/** A person who works at one or more points; auth actor type `pickup`. */
export const PickupStaff = model
  .define("pickup_staff", {
    id: model.id({ prefix: "pkst" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    phone: model.text().nullable(),
    memberships: model.hasMany(() => PickupStaffMembership, {
      mappedBy: "staff",
    }),
  })
  .cascades({ delete: ["memberships"] })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
