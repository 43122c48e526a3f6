import { model } from "@medusajs/framework/utils"

/**
 * What one checkout produced: one order per co-op, all paid with the cart's
 * single payment. `cart_id` is unique, which makes completion idempotent.
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    display_id: model.autoincrement(),
    cart_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    currency_code: model.text(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
  ])
