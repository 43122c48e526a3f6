import { model } from "@medusajs/framework/utils"

/**
 * Where each co-op order stands (src/workflows/vendor-orders/utils/
 * order-stage.ts), kept by the workflows and subscribers that change it, so
 * the co-op's order list counts and pages in SQL instead of reading every
 * order. `placed_at` is the order's created_at, the list's sort key.
 */
export const VendorOrderStage = model
  .define("vendor_order_stage", {
    id: model.id({ prefix: "vost" }).primaryKey(),
    order_id: model.text(),
    vendor_id: model.text(),
    stage: model
      .enum(["to_fulfil", "fulfilled", "shipped", "delivered", "canceled"])
      .default("to_fulfil"),
    placed_at: model.dateTime(),
    display_id: model.number().nullable(),
    /** When the stage was read from the order: a later read wins. */
    refreshed_at: model.dateTime(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["vendor_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["vendor_id", "stage", "placed_at"], where: "deleted_at IS NULL" },
    // The list's counts per stage and its version, read from the index only.
    { on: ["vendor_id", "stage", "updated_at"], where: "deleted_at IS NULL" },
  ])
