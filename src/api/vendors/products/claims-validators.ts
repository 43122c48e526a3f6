import { z } from "@medusajs/framework/zod"

export type VendorDeclareVariantGradeType = z.infer<
  typeof VendorDeclareVariantGrade
>
/** A grade claim: the standard, the level and what was measured. */
export const VendorDeclareVariantGrade = z
  .object({
    standard_code: z.string().min(1, "standard_code must not be empty"),
    level_code: z.string().min(1, "level_code must not be empty"),
    measurements: z
      .array(
        z
          .object({
            metric: z.string().min(1, "measurements metric must not be empty"),
            value: z.number().finite(),
            unit: z.string().min(1, "measurements unit must not be empty"),
          })
          .strict()
      )
      .min(1, "measurements must name at least one measured value"),
  })
  .strict()

export type VendorSetProductBrandType = z.infer<typeof VendorSetProductBrand>
/** The brand handle to sell under, or null to sell under none. */
export const VendorSetProductBrand = z
  .object({
    brand_handle: z
      .string()
      .min(1, "brand_handle must not be empty")
      .nullable(),
  })
  .strict()

export type VendorUpdateProductCertificationsType = z.infer<
  typeof VendorUpdateProductCertifications
>
/** Certificate ids to attach to and detach from the product. */
export const VendorUpdateProductCertifications = z
  .object({
    add: z.array(z.string().min(1)).max(50).default([]),
    remove: z.array(z.string().min(1)).max(50).default([]),
  })
  .strict()
  .refine((body) => body.add.length + body.remove.length > 0, {
    message: "add or remove must list at least one certification id",
  })
