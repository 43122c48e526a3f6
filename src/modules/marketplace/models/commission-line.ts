import { model } from "@medusajs/framework/utils"

/** The commission taken on one order line, recorded when the order is placed. */
export const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "cline" }).primaryKey(),
    order_id: model.text(),
    vendor_id: model.text(),
    line_item_id: model.text(),
    rule_id: model.text().nullable(),
    scope: model.enum(["default", "vendor", "category"]),
    rate: model.float(),
    currency_code: model.text(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["vendor_id"] },
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
  ])
