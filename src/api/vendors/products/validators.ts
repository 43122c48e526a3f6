import { z } from "@medusajs/framework/zod"
import {
  AdminCreateProduct,
  type AdminCreateProductType,
  AdminUpdateProduct,
  type AdminUpdateProductType,
} from "@medusajs/medusa/api/admin/products/validators"
import { findParams, selectParams } from "../../utils/query-params"
import { refinePriceAmount } from "../../utils/validators/price"
import { WholeQuantity } from "../../utils/validators/quantity"

const STORE_CURRENCY = "cny"

type Ctx = z.core.$RefinementCtx

/** Fields the platform sets for the co-op; a body may not set them. */
function rejectPlatformFields(body: Record<string, unknown>, ctx: Ctx) {
  if (body.shipping_profile_id !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["shipping_profile_id"],
      message:
        "shipping_profile_id cannot be set: the co-op's own shipping profile is applied to its products.",
    })
  }
  if (body.sales_channels !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["sales_channels"],
      message:
        "sales_channels cannot be set: co-op products are sold on the storefront sales channel.",
    })
  }
}

const TEMPERATURE_CLASSES = ["ambient", "chilled", "frozen"]

/**
 * `metadata.temperature_class` says which pickup compartment the product
 * needs: ambient (the default when absent), chilled or frozen.
 */
function checkTemperatureClass(body: Record<string, unknown>, ctx: Ctx) {
  const metadata = body.metadata as Record<string, unknown> | null | undefined
  const value = metadata?.temperature_class
  if (
    value !== undefined &&
    value !== null &&
    !TEMPERATURE_CLASSES.includes(value as string)
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["metadata", "temperature_class"],
      message: `metadata.temperature_class must be one of ${TEMPERATURE_CLASSES.join(", ")} (got ${JSON.stringify(value)}); leave it out for ambient.`,
    })
  }
}

type VariantBody = {
  sku?: string | null
  manage_inventory?: boolean
  prices?: { amount?: number; currency_code?: string }[]
}

/**
 * Co-ops sell in yuan only, at prices the price rule allows (an update may
 * leave a price's amount out).
 */
function checkPrices(variants: VariantBody[] | undefined, ctx: Ctx) {
  variants?.forEach((variant, v) =>
    variant.prices?.forEach((price, p) => {
      if (price.amount !== undefined) {
        refinePriceAmount(
          price.amount,
          ["variants", v, "prices", p, "amount"],
          ctx
        )
      }
      if (
        price.currency_code !== undefined &&
        price.currency_code.toLowerCase() !== STORE_CURRENCY
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", v, "prices", p, "currency_code"],
          message: `variants[${v}].prices[${p}].currency_code must be "${STORE_CURRENCY}": co-ops sell in CNY (got "${price.currency_code}").`,
        })
      }
    })
  )
}

const VendorCreateProductAdditionalData = z
  .object({
    stock: z.record(z.string(), WholeQuantity).optional(),
  })
  .catchall(z.unknown())
  .nullish()

const VendorUpdateProductAdditionalData = z
  .object({})
  .catchall(z.unknown())
  .nullish()

export type VendorGetProductsParamsType = z.infer<
  typeof VendorGetProductsParams
>
export const VendorGetProductsParams = findParams({
  limit: 20,
  orderable: ["created_at", "updated_at", "title"],
}).extend({
  q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
  status: z
    .union([
      z.enum(["draft", "proposed", "published", "rejected"]),
      z.array(z.enum(["draft", "proposed", "published", "rejected"])),
    ])
    .optional(),
})

export type VendorGetProductParamsType = z.infer<typeof VendorGetProductParams>
export const VendorGetProductParams = selectParams()

export type VendorCreateProductType = AdminCreateProductType & {
  additional_data?: { stock?: Record<string, number> } & Record<string, unknown>
}
/**
 * The body of POST /admin/products, except that the co-op's shipping
 * profile and the storefront channel are applied for it, prices are CNY,
 * `additional_data.stock` gives each variant's stock by SKU, and
 * `metadata.temperature_class` is ambient, chilled or frozen.
 */
export const VendorCreateProduct = AdminCreateProduct(
  VendorCreateProductAdditionalData
).superRefine((body, ctx) => {
  rejectPlatformFields(body, ctx)
  checkTemperatureClass(body, ctx)
  const variants = body.variants as VariantBody[] | undefined
  checkPrices(variants, ctx)
  const additional = body.additional_data as
    { stock?: Record<string, number> } | null | undefined
  const stock = additional?.stock ?? {}
  for (const sku of Object.keys(stock)) {
    const variant = variants?.find((v) => v.sku === sku)
    if (!variant) {
      ctx.addIssue({
        code: "custom",
        path: ["additional_data", "stock", sku],
        message: `additional_data.stock["${sku}"] does not match the sku of any variant in the body.`,
      })
    } else if (variant.manage_inventory === false) {
      ctx.addIssue({
        code: "custom",
        path: ["additional_data", "stock", sku],
        message: `additional_data.stock["${sku}"] cannot be set: that variant has manage_inventory false.`,
      })
    }
  }
})

export type VendorUpdateProductType = AdminUpdateProductType & {
  additional_data?: Record<string, unknown> | null
}
/** The body of POST /admin/products/:id, with the same restrictions. */
export const VendorUpdateProduct = AdminUpdateProduct(
  VendorUpdateProductAdditionalData
).superRefine((body, ctx) => {
  rejectPlatformFields(body, ctx)
  checkTemperatureClass(body, ctx)
  checkPrices(body.variants as VariantBody[] | undefined, ctx)
  const additional = body.additional_data as Record<string, unknown> | null
  if (additional?.stock !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["additional_data", "stock"],
      message:
        "additional_data.stock is read only when creating; set stock with POST /vendors/products/:id/variants/:variant_id/stock.",
    })
  }
})

export type VendorSetVariantStockType = z.infer<typeof VendorSetVariantStock>
export const VendorSetVariantStock = z
  .object({
    stocked_quantity: WholeQuantity,
  })
  .strict()
