import { model } from "@medusajs/framework/utils"
import { Brand } from "./brand"

/** A co-op's right to sell under a brand for a period. */
export const BrandAuthorization = model
  .define("brand_authorization", {
    id: model.id({ prefix: "bauth" }).primaryKey(),
    vendor_id: model.text(),
    valid_from: model.dateTime(),
    valid_to: model.dateTime(),
    note: model.text().nullable(),
    /** Kept by the daily expiry job, as for certifications. */
    status: model.enum(["valid", "expiring", "expired"]).default("valid"),
    expiry_notified_at: model.dateTime().nullable(),
    brand: model.belongsTo(() => Brand, { mappedBy: "authorizations" }),
  })
  .indexes([{ on: ["vendor_id"] }])
