import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

export type StoreGetVendorsParamsType = z.infer<typeof StoreGetVendorsParams>
export const StoreGetVendorsParams = createFindParams({
  limit: 20,
  order: "name",
})
  .omit({ with_deleted: true })
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
    kind: z.enum(["cooperative", "family_farm", "enterprise"]).optional(),
    region_code: z
      .string()
      .regex(/^\d{6}$/, "region_code must be a 6-digit GB/T 2260 code")
      .optional(),
  })

export type StoreGetVendorParamsType = z.infer<typeof StoreGetVendorParams>
export const StoreGetVendorParams = createSelectParams()
