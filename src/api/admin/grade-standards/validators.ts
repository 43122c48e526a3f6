import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

// Metric names, units, ranges and overlaps are checked by the workflow's
// pure validator, whose messages name the level and criterion.
const Criterion = z
  .object({
    metric: z.string().min(1, "metric must not be empty"),
    min: z.number().nullish(),
    max: z.number().nullish(),
    unit: z.string().min(1, "unit must not be empty"),
  })
  .strict()

const Level = z
  .object({
    code: z.string().trim().min(1).max(40),
    name_zh: z.string().trim().min(1).max(40),
    name_en: z.string().trim().min(1).max(60),
    rank: z.number().int().min(1),
    tolerance_pct: z.number(),
    tolerance_verified: z.boolean().optional(),
    description_zh: z.string().max(2000).nullish(),
    description_en: z.string().max(2000).nullish(),
    criteria: z.array(Criterion),
  })
  .strict()

const verification = z.enum(["verified", "unverified"], {
  error: "verification must be verified or unverified",
})

const standardFields = {
  code: z.string().trim().min(2).max(60),
  title_zh: z.string().trim().min(1).max(200),
  title_en: z.string().trim().min(1).max(200),
  product_kind: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, "product_kind must be a snake_case kind"),
  verification: verification.default("unverified"),
  source: z.string().trim().min(1).max(1000),
  levels: z.array(Level).min(1, "levels must hold at least one level"),
}

export type AdminGetGradeStandardsParamsType = z.infer<
  typeof AdminGetGradeStandardsParams
>
export const AdminGetGradeStandardsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "code",
}).extend({
  code: z.union([z.string(), z.array(z.string())]).optional(),
  product_kind: z.string().optional(),
  status: z.enum(["active", "superseded"]).optional(),
  verification: verification.optional(),
})

export type AdminGetGradeStandardParamsType = z.infer<
  typeof AdminGetGradeStandardParams
>
export const AdminGetGradeStandardParams = createSelectParams()

export type AdminCreateGradeStandardType = z.infer<
  typeof AdminCreateGradeStandard
>
export const AdminCreateGradeStandard = z.object(standardFields).strict()

export type AdminUpdateGradeStandardType = z.infer<
  typeof AdminUpdateGradeStandard
>
/** Levels replace the old ones and are refused while variant grades use them. */
export const AdminUpdateGradeStandard = z
  .object({
    code: standardFields.code.optional(),
    title_zh: standardFields.title_zh.optional(),
    title_en: standardFields.title_en.optional(),
    product_kind: standardFields.product_kind.optional(),
    verification: verification.optional(),
    source: standardFields.source.optional(),
    levels: standardFields.levels.optional(),
  })
  .strict()

export type AdminSupersedeGradeStandardType = z.infer<
  typeof AdminSupersedeGradeStandard
>
/** The new version; product_kind defaults to the superseded standard's. */
export const AdminSupersedeGradeStandard = z
  .object({
    ...standardFields,
    product_kind: standardFields.product_kind.optional(),
  })
  .strict()
