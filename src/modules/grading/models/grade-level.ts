import { model } from "@medusajs/framework/utils"
import type { Criterion } from "../utils/criteria"
import { GradeStandard } from "./grade-standard"
import { VariantGrade } from "./variant-grade"

/**
 * One level of a standard (特级, 一级, …). `criteria` are min/max bounds per
 * metric (utils/metrics.ts); `tolerance_pct` is the share of a lot allowed
 * to miss them.
 */
export const GradeLevel = model
  .define("grade_level", {
    id: model.id({ prefix: "glvl" }).primaryKey(),
    code: model.text(),
    name_zh: model.text(),
    name_en: model.text(),
    /** 1 is the best level. */
    rank: model.number(),
    tolerance_pct: model.float(),
    /** False while the tolerance is a placeholder, not the standard's figure. */
    tolerance_verified: model.boolean().default(false),
    description_zh: model.text().nullable(),
    description_en: model.text().nullable(),
    criteria: model.json<Criterion[]>(),
    standard: model.belongsTo(() => GradeStandard, { mappedBy: "levels" }),
    variant_grades: model.hasMany(() => VariantGrade, { mappedBy: "level" }),
  })
  .indexes([{ on: ["standard_id", "code"], unique: true }])
