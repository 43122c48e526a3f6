import { z } from "@medusajs/framework/zod"
import { safeUrl } from "../../utils/safe-url"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

export type AdminVendorStatusActionType = z.infer<
  typeof AdminVendorStatusAction
>
export const AdminVendorStatusAction = z
  .object({
    reason: z.string().trim().min(2, "must explain the decision").max(1000),
  })
  .strict()

const VENDOR_STATUSES = [
  "pending_review",
  "active",
  "suspended",
  "rejected",
  "closed",
] as const
const VENDOR_KINDS = ["cooperative", "family_farm", "enterprise"] as const

export type AdminGetVendorsParamsType = z.infer<typeof AdminGetVendorsParams>
export const AdminGetVendorsParams = createFindParams({
  limit: 20,
  order: "-created_at",
}).extend({
  q: z.string().trim().min(1).max(100).optional(),
  status: z
    .union([z.enum(VENDOR_STATUSES), z.array(z.enum(VENDOR_STATUSES))])
    .optional(),
  kind: z
    .union([z.enum(VENDOR_KINDS), z.array(z.enum(VENDOR_KINDS))])
    .optional(),
  region_code: z
    .string()
    .regex(/^\d{6}$/, "region_code must be a 6-digit GB/T 2260 code")
    .optional(),
})

export type AdminGetVendorParamsType = z.infer<typeof AdminGetVendorParams>
export const AdminGetVendorParams = createSelectParams()

export type AdminUpdateVendorType = z.infer<typeof AdminUpdateVendor>
export const AdminUpdateVendor = z
  .object({
    commission_rate: z.number().min(0).max(100).nullable().optional(),
    name: z.string().trim().min(2).max(120).optional(),
    description_zh: z.string().max(4000).nullable().optional(),
    description_en: z.string().max(4000).nullable().optional(),
    logo: safeUrl("logo").nullable().optional(),
  })
  .strict()
