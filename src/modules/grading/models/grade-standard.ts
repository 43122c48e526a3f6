import { model } from "@medusajs/framework/utils"
import { GradeLevel } from "./grade-level"

/**
 * A grading standard (GB/T, NY/T, a local or a platform rule) with its
 * levels. A revision is a new row that `supersedes_id` the old one; the old
 * row stays, marked superseded, so grades already given keep their meaning.
 */
export const GradeStandard = model
  .define("grade_standard", {
    id: model.id({ prefix: "gstd" }).primaryKey(),
    code: model.text(),
    title_zh: model.text().searchable(),
    title_en: model.text(),
    product_kind: model.text(),
    /** "unverified" when the thresholds were not read in the standard's text. */
    verification: model.enum(["verified", "unverified"]).default("unverified"),
    source: model.text(),
    status: model.enum(["active", "superseded"]).default("active"),
    supersedes_id: model.text().nullable(),
    levels: model.hasMany(() => GradeLevel, { mappedBy: "standard" }),
  })
  .cascades({ delete: ["levels"] })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_kind", "status"] },
  ])
