import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

const regionCode = (field: string) =>
  z.string().regex(/^\d{6}$/, `${field} must be a 6-digit GB/T 2260 code`)

const level = z.enum(["province", "prefecture", "county"], {
  error: "level must be province, prefecture or county",
})

export type AdminGetOriginRegionsParamsType = z.infer<
  typeof AdminGetOriginRegionsParams
>
export const AdminGetOriginRegionsParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "code",
}).extend({
  code: z.union([z.string(), z.array(z.string())]).optional(),
  parent_code: regionCode("parent_code").optional(),
  level: level.optional(),
})

export type AdminGetOriginRegionParamsType = z.infer<
  typeof AdminGetOriginRegionParams
>
export const AdminGetOriginRegionParams = createSelectParams()

const regionFields = {
  name_zh: z.string().trim().min(1).max(60),
  name_en: z.string().trim().min(1).max(100),
  level,
  parent_code: regionCode("parent_code").nullish(),
  lat: z.number().min(-90).max(90).nullish(),
  lng: z.number().min(-180).max(180).nullish(),
}

export type AdminCreateOriginRegionType = z.infer<
  typeof AdminCreateOriginRegion
>
/** The code's shape for its level and the parent are checked by the workflow. */
export const AdminCreateOriginRegion = z
  .object({ code: z.string(), ...regionFields })
  .strict()

export type AdminUpdateOriginRegionType = z.infer<
  typeof AdminUpdateOriginRegion
>
/** The code is the region's identity and cannot change. */
export const AdminUpdateOriginRegion = z
  .object({
    name_zh: regionFields.name_zh.optional(),
    name_en: regionFields.name_en.optional(),
    level: level.optional(),
    parent_code: regionFields.parent_code,
    lat: regionFields.lat,
    lng: regionFields.lng,
  })
  .strict()
