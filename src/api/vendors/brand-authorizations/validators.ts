import type { z } from "@medusajs/framework/zod"
import { findParams } from "../../utils/query-params"

export type VendorGetBrandAuthorizationsParamsType = z.infer<
  typeof VendorGetBrandAuthorizationsParams
>
export const VendorGetBrandAuthorizationsParams = findParams({
  limit: 50,
  orderable: ["created_at", "valid_to"],
})
