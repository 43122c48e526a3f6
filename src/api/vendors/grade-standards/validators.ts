import { z } from "@medusajs/framework/zod"
import { findParams } from "../../utils/query-params"

export type VendorGetGradeStandardsParamsType = z.infer<
  typeof VendorGetGradeStandardsParams
>
export const VendorGetGradeStandardsParams = findParams({
  limit: 50,
  orderable: ["code", "created_at"],
  order: "code",
}).extend({
  product_kind: z.string().min(1, "product_kind must not be empty").optional(),
})
