import { z } from "@medusajs/framework/zod"
import { findParams, selectParams } from "../../utils/query-params"

export type StoreGetVendorsParamsType = z.infer<typeof StoreGetVendorsParams>
export const StoreGetVendorsParams = findParams({
  limit: 20,
  orderable: ["name", "created_at"],
  order: "name",
}).extend({
  q: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(["cooperative", "family_farm", "enterprise"]).optional(),
  region_code: z
    .string()
    .regex(/^\d{6}$/, "region_code must be a 6-digit GB/T 2260 code")
    .optional(),
})

export type StoreGetVendorParamsType = z.infer<typeof StoreGetVendorParams>
export const StoreGetVendorParams = selectParams()
