import { model } from "@medusajs/framework/utils"
import { GradeLevel } from "./grade-level"

/**
 * The grade a product variant is sold under, with the measurements that
 * back it. One per variant; linked to the variant in src/links.
 */
export const VariantGrade = model
  .define("variant_grade", {
    id: model.id({ prefix: "vgrd" }).primaryKey(),
    variant_id: model.text(),
    /** metric code → measured value, e.g. { soluble_solids_pct: 12.4 }. */
    measured: model.json<Record<string, number>>(),
    declared_by: model.text().nullable(),
    verified_at: model.dateTime().nullable(),
    level: model.belongsTo(() => GradeLevel, { mappedBy: "variant_grades" }),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
