import { z } from "@medusajs/framework/zod"
import { PriceAmount } from "../../utils/validators/price"
import { WholeQuantity } from "../../utils/validators/quantity"

const STORE_CURRENCY = "cny"

const VariantPrice = z
  .object({ amount: PriceAmount, currency_code: z.string() })
  .strict()

export type VendorCreateVariantType = z.infer<typeof VendorCreateVariant>
/**
 * A new size of a product: its title, SKU, option values (optional when the
 * product has a single option: the title is its value), CNY price and the
 * starting stock at the co-op's location. Unlike POST
 * /admin/products/:id/variants it takes no inventory items (a co-op may not
 * link another's) and no price rules.
 */
export const VendorCreateVariant = z
  .object({
    title: z.string().trim().min(1).max(200),
    sku: z.string().trim().min(1).max(100).nullish(),
    options: z.record(z.string().min(1), z.string().trim().min(1)).optional(),
    prices: z.array(VariantPrice).min(1),
    manage_inventory: z.boolean().default(true),
    allow_backorder: z.boolean().default(false),
    barcode: z.string().trim().max(64).nullish(),
    weight: z.number().positive().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    stocked_quantity: WholeQuantity.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const currencies = new Set<string>()
    body.prices.forEach((price, p) => {
      const currency = price.currency_code.toLowerCase()
      if (currency !== STORE_CURRENCY) {
        ctx.addIssue({
          code: "custom",
          path: ["prices", p, "currency_code"],
          message: `prices[${p}].currency_code must be "${STORE_CURRENCY}": co-ops sell in CNY (got "${price.currency_code}").`,
        })
      } else if (currencies.has(currency)) {
        ctx.addIssue({
          code: "custom",
          path: ["prices", p, "currency_code"],
          message: `prices[${p}] is a second CNY price; give one price per size.`,
        })
      }
      currencies.add(currency)
    })
    if (
      body.stocked_quantity !== undefined &&
      body.manage_inventory === false
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["stocked_quantity"],
        message:
          "stocked_quantity cannot be set: the size has manage_inventory false, so it keeps no stock.",
      })
    }
  })
