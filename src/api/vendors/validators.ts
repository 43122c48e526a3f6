import { z } from "@medusajs/framework/zod"
import { safeUrl } from "../utils/safe-url"
import {
  CREDIT_CODE_RULES,
  creditCodeProblem,
} from "../../modules/marketplace/utils/credit-code"

const handle = z
  .string()
  .min(3)
  .max(60)
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "handle must be lowercase letters, digits and single dashes"
  )

const creditCode = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value)
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message: `credit_code ${CREDIT_CODE_RULES[problem]}`,
      })
    }
  })

const regionCode = z
  .string()
  .regex(/^\d{6}$/, "region_code must be a 6-digit GB/T 2260 code")

export const VendorContact = z
  .object({
    name: z.string().min(1),
    phone: z
      .string()
      .regex(/^[+\d][\d\s-]{5,}$/, "contact.phone must be a phone number"),
    email: z
      .string()
      .email("contact.email must be an email address")
      .optional(),
  })
  .strict()

export const VendorAddress = z
  .object({
    address_1: z.string().min(1),
    city: z.string().optional(),
    district: z.string().optional(),
    postal_code: z.string().optional(),
  })
  .strict()

export type VendorCreateVendorType = z.infer<typeof VendorCreateVendor>
export const VendorCreateVendor = z
  .object({
    name: z.string().min(2).max(120),
    /** Left out, the co-op gets a pinyin handle from its name. */
    handle: handle.optional(),
    kind: z.enum(["cooperative", "family_farm", "enterprise"]),
    credit_code: creditCode,
    region_code: regionCode,
    contact: VendorContact,
    address: VendorAddress.optional(),
    business_licence_no: z.string().max(60).optional(),
    food_licence_no: z.string().max(60).optional(),
    description_zh: z.string().max(4000).optional(),
    description_en: z.string().max(4000).optional(),
    logo: safeUrl("logo").optional(),
    member: z
      .object({
        email: z.string().email("member.email must be an email address"),
        name: z.string().min(1),
      })
      .strict(),
  })
  .strict()

export type VendorUpdateMeType = z.infer<typeof VendorUpdateMe>
export const VendorUpdateMe = z
  .object({
    name: z.string().min(2).max(120).optional(),
    contact: VendorContact.optional(),
    address: VendorAddress.optional(),
    description_zh: z.string().max(4000).nullable().optional(),
    description_en: z.string().max(4000).nullable().optional(),
    logo: safeUrl("logo").nullable().optional(),
    business_licence_no: z.string().max(60).nullable().optional(),
    food_licence_no: z.string().max(60).nullable().optional(),
  })
  .strict()
