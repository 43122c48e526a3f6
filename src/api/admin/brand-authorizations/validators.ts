import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

const date = (field: string) =>
  z.coerce.date({ error: `${field} must be a date` })

export type AdminGetBrandAuthorizationsParamsType = z.infer<
  typeof AdminGetBrandAuthorizationsParams
>
export const AdminGetBrandAuthorizationsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-valid_to",
}).extend({
  vendor_id: z.union([z.string(), z.array(z.string())]).optional(),
  brand_id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.enum(["valid", "expiring", "expired"]).optional(),
})

export type AdminGetBrandAuthorizationParamsType = z.infer<
  typeof AdminGetBrandAuthorizationParams
>
export const AdminGetBrandAuthorizationParams = createSelectParams()

export type AdminCreateBrandAuthorizationType = z.infer<
  typeof AdminCreateBrandAuthorization
>
/** The window and overlaps are checked by the workflow. */
export const AdminCreateBrandAuthorization = z
  .object({
    vendor_id: z.string().min(1, "vendor_id must not be empty"),
    brand_id: z.string().min(1, "brand_id must not be empty"),
    valid_from: date("valid_from"),
    valid_to: date("valid_to"),
    note: z.string().max(1000).nullish(),
  })
  .strict()

export type AdminUpdateBrandAuthorizationType = z.infer<
  typeof AdminUpdateBrandAuthorization
>
/** The co-op and the brand cannot change; withdraw and authorize again. */
export const AdminUpdateBrandAuthorization = z
  .object({
    valid_from: date("valid_from").optional(),
    valid_to: date("valid_to").optional(),
    note: z.string().max(1000).nullish(),
  })
  .strict()
