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
    /**
     * SHA-256 (hex) of the invitation's one-time token. The token itself is
     * only ever emailed to the invitee; it is cleared when they accept.
     */
    invite_token_hash: model.text().nullable(),
    /** When the invitation's token stops working (72 h after it was sent). */
    invite_expires_at: model.dateTime().nullable(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
  })
  .indexes([
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["vendor_id"] },
  ])
