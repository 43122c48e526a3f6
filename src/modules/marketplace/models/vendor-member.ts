import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/**
 * A person who works a co-op's console. Owners manage members and payout
 * details, managers run the shop, staff fulfil orders.
 */
export const VendorMember = model
  .define("vendor_member", {
    id: model.id({ prefix: "vmem" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    role: model.enum(["owner", "manager", "staff"]).default("staff"),
    /** `invited` until the person registers and accepts. */
    status: model.enum(["invited", "active"]).default("invited"),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
  })
  .indexes([
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["vendor_id"] },
  ])
