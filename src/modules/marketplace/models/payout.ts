import { model } from "@medusajs/framework/utils"
import { PayoutLine } from "./payout-line"

/** A payment the platform made to a co-op outside the system, settling lines. */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    vendor_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    recorded_by: model.text(),
    lines: model.hasMany(() => PayoutLine, { mappedBy: "payout" }),
  })
  .indexes([{ on: ["vendor_id"] }])
