import { model } from "@medusajs/framework/utils"

/**
 * A platform commission rate in percent: the default, or the rate for one
 * product category. A co-op's own override (vendor.commission_rate) binds
 * when set; otherwise each line pays the highest of the default and its
 * categories' rules (see resolveCommissionRate).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "crule" }).primaryKey(),
    scope: model.enum(["default", "category"]),
    category_id: model.text().nullable(),
    rate: model.float(),
  })
  .indexes([
    { on: ["scope", "category_id"], unique: true, where: "deleted_at IS NULL" },
  ])
