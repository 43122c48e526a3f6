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
    /** The issuer's English name, for the English shop; null when unknown. */
    issuer_en: model.text().nullable(),
    subject_type: model.enum(["vendor", "product"]),
    subject_id: model.text(),
    valid_from: model.dateTime(),
    valid_to: model.dateTime(),
    evidence_url: model.text().nullable(),
    /**
     * Kept by the daily expiry job: `expiring` within 30 days of valid_to,
     * `expired` after it (the store hides the badge).
     */
    status: model.enum(["valid", "expiring", "expired"]).default("valid"),
    /** When the holder was last told of a status change. */
    expiry_notified_at: model.dateTime().nullable(),
    /**
     * A co-op's own submission waits for an operator (`pending`); the store
     * shows only `approved` certificates.
     */
    review_status: model
      .enum(["pending", "approved", "rejected"])
      .default("approved"),
    /** The co-op member who submitted it; null when an operator entered it. */
    submitted_by: model.text().nullable(),
  })
  .indexes([
    { on: ["subject_type", "subject_id"] },
    { on: ["valid_to"] },
    { on: ["status"] },
  ])
