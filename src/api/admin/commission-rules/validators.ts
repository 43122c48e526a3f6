import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const rate = z.number().min(0).max(100)

export type AdminGetCommissionRulesParamsType = z.infer<
  typeof AdminGetCommissionRulesParams
>
export const AdminGetCommissionRulesParams = createFindParams({
  limit: 100,
  offset: 0,
}).extend({
  scope: z.enum(["default", "category"]).optional(),
  category_id: z.union([z.string(), z.array(z.string())]).optional(),
})

export type AdminCreateCommissionRuleType = z.infer<
  typeof AdminCreateCommissionRule
>
export const AdminCreateCommissionRule = z
  .object({
    scope: z.enum(["default", "category"]),
    category_id: z.string().min(1).nullish(),
    rate,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.scope === "category" && !body.category_id) {
      ctx.addIssue({
        code: "custom",
        path: ["category_id"],
        message: `category_id is required when scope is "category"`,
      })
    }
    if (body.scope === "default" && body.category_id) {
      ctx.addIssue({
        code: "custom",
        path: ["category_id"],
        message: `category_id must be empty when scope is "default"`,
      })
    }
  })

export type AdminUpdateCommissionRuleType = z.infer<
  typeof AdminUpdateCommissionRule
>
export const AdminUpdateCommissionRule = z.object({ rate }).strict()
