import { z } from "@medusajs/framework/zod"
import { pageLimit, pageOffset } from "../../utils/query-params"

export type StoreGetOriginBrandsParamsType = z.infer<
  typeof StoreGetOriginBrandsParams
>
export const StoreGetOriginBrandsParams = z
  .object({
    type: z.enum(["regional_public", "enterprise", "umbrella"]).optional(),
    limit: pageLimit(50),
    offset: pageOffset(),
  })
  .strict()

export type StoreGetOriginBrandParamsType = z.infer<
  typeof StoreGetOriginBrandParams
>
export const StoreGetOriginBrandParams = z
  .object({
    limit: pageLimit(20),
    offset: pageOffset(),
  })
  .strict()
