import type { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorGetBrandAuthorizationsParamsType = z.infer<
  typeof VendorGetBrandAuthorizationsParams
>
export const VendorGetBrandAuthorizationsParams = createFindParams({
  limit: 50,
  offset: 0,
})
