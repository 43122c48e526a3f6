import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

const brandType = z.enum(["regional_public", "enterprise", "umbrella"], {
  error: "type must be regional_public, enterprise or umbrella",
})

export type AdminGetBrandsParamsType = z.infer<typeof AdminGetBrandsParams>
export const AdminGetBrandsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "handle",
}).extend({
  q: z.string().trim().min(1).max(100).optional(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
  type: brandType.optional(),
})

export type AdminGetBrandParamsType = z.infer<typeof AdminGetBrandParams>
export const AdminGetBrandParams = createSelectParams()

// gi_number's "AGI" + 5 digits and the region codes' existence are checked
// by the workflow, so one rule has one message.
const brandFields = {
  handle: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "handle must be lowercase words joined by dashes"
    ),
  type: brandType,
  name_zh: z.string().trim().min(1).max(60),
  name_en: z.string().trim().min(1).max(120),
  gi_number: z.string().trim().nullish(),
  holder: z.string().trim().max(200).nullish(),
  story_zh: z.string().max(4000).nullish(),
  story_en: z.string().max(4000).nullish(),
  harvest_months: z.array(z.number().int().min(1).max(12)).max(12).nullish(),
  region_codes: z.array(
    z
      .string()
      .regex(/^\d{6}$/, "region_codes must hold 6-digit GB/T 2260 codes")
  ),
  verification_notes: z.record(z.string(), z.unknown()).nullish(),
}

export type AdminCreateBrandType = z.infer<typeof AdminCreateBrand>
export const AdminCreateBrand = z
  .object({ ...brandFields, type: brandType.default("regional_public") })
  .strict()

export type AdminUpdateBrandType = z.infer<typeof AdminUpdateBrand>
export const AdminUpdateBrand = z.object(brandFields).partial().strict()
