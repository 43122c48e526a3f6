import { model } from "@medusajs/framework/utils"

/**
 * A GB/T 2260 administrative division. Chongqing's districts and counties
 * hang directly under the municipality (500000), as in data/reference.
 * lat/lng are the approximate government seat, null when not known.
 */
export const OriginRegion = model
  .define("origin_region", {
    id: model.id({ prefix: "oreg" }).primaryKey(),
    code: model.text(),
    name_zh: model.text().searchable(),
    name_en: model.text(),
    level: model.enum(["province", "prefecture", "county"]),
    parent_code: model.text().nullable(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["parent_code"] },
  ])
