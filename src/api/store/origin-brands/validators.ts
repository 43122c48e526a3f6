import { z } from "@medusajs/framework/zod"

export type StoreGetOriginBrandsParamsType = z.infer<
  typeof StoreGetOriginBrandsParams
>
export const StoreGetOriginBrandsParams = z
  .object({
    type: z.enum(["regional_public", "enterprise", "umbrella"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type StoreGetOriginBrandParamsType = z.infer<
  typeof StoreGetOriginBrandParams
>
export const StoreGetOriginBrandParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
