import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorGetPayoutsParamsType = z.infer<typeof VendorGetPayoutsParams>
export const VendorGetPayoutsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  status: z.enum(["pending", "payable", "paid", "cancelled"]).optional(),
})
