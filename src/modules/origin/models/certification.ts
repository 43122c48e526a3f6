import { model } from "@medusajs/framework/utils"

/**
 * A 三品一标 credential or a 承诺达标合格证 held by a co-op or a product.
 * Number formats per type are checked by utils/certification.ts.
 */
export const Certification = model
  .define("certification", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    type: model.enum([
      "green_food",
      "organic",
      "geographical_indication",
      "compliance_certificate",
    ]),
    number: model.text(),
    issuer: model.text(),
    subject_type: model.enum(["vendor", "product"]),
    subject_id: model.text(),
    valid_from: model.dateTime(),
    valid_to: model.dateTime(),
    evidence_url: model.text().nullable(),
  })
  .indexes([{ on: ["subject_type", "subject_id"] }, { on: ["valid_to"] }])
