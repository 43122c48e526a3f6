import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorGetGradeStandardsParamsType = z.infer<
  typeof VendorGetGradeStandardsParams
>
export const VendorGetGradeStandardsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "code",
}).extend({
  product_kind: z.string().min(1, "product_kind must not be empty").optional(),
})
