import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

/**
 * What the platform owes a co-op for one order. `pending` until the order is
 * delivered or picked up and the after-sales window has passed, then
 * `payable`, then `paid` when a payout records it.
 */
export const PayoutLine = model
  .define("payout_line", {
    id: model.id({ prefix: "pline" }).primaryKey(),
    order_id: model.text(),
    vendor_id: model.text(),
    currency_code: model.text(),
    gross: model.bigNumber(),
    commission: model.bigNumber(),
    net: model.bigNumber(),
    status: model
      .enum(["pending", "payable", "paid", "cancelled"])
      .default("pending"),
    /** When the order was delivered or picked up. */
    delivered_at: model.dateTime().nullable(),
    /** delivered_at plus the after-sales window. */
    payable_after: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    payout: model.belongsTo(() => Payout, { mappedBy: "lines" }).nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["vendor_id", "status"] },
    { on: ["status", "payable_after"] },
  ])
