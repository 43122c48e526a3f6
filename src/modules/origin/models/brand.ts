import { model } from "@medusajs/framework/utils"
import { BrandAuthorization } from "./brand-authorization"

/**
 * An origin brand: a regional public brand (区域公用品牌, often a GI such as
 * 江津花椒), an enterprise brand, or an umbrella brand over others (巴味渝珍).
 * `verification_notes` says which facts are unverified, per field.
 */
export const Brand = model
  .define("brand", {
    id: model.id({ prefix: "brnd" }).primaryKey(),
    handle: model.text(),
    type: model
      .enum(["regional_public", "enterprise", "umbrella"])
      .default("regional_public"),
    name_zh: model.text().searchable(),
    name_en: model.text(),
    /** 农产品地理标志 certificate, "AGI" + 5 digits. */
    gi_number: model.text().nullable(),
    holder: model.text().nullable(),
    story_zh: model.text().nullable(),
    story_en: model.text().nullable(),
    harvest_months: model.json<number[]>().nullable(),
    /** GB/T 2260 codes of the protected or producing area. */
    region_codes: model.json<string[]>(),
    verification_notes: model.json().nullable(),
    authorizations: model.hasMany(() => BrandAuthorization, {
      mappedBy: "brand",
    }),
  })
  .cascades({ delete: ["authorizations"] })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
