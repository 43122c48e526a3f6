import { z } from "@medusajs/framework/zod"
import { findParams } from "../../utils/query-params"

export type VendorGetPayoutsParamsType = z.infer<typeof VendorGetPayoutsParams>
export const VendorGetPayoutsParams = findParams({
  limit: 50,
  orderable: ["created_at"],
}).extend({
  status: z.enum(["pending", "payable", "paid", "cancelled"]).optional(),
})
