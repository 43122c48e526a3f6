import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { scopeOptionsToCartVendors } from "./helpers"

/**
 * Medusa's shipping-options listing, narrowed to the co-ops in the cart:
 * each option carries the `vendor` whose items it ships, and options of
 * co-ops with nothing in the cart are left out.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { cart_id, is_return } = req.filterableFields as {
    cart_id: string
    is_return?: boolean
  }
  const { result } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: {
      cart_id,
      is_return: !!is_return,
      fields: req.queryConfig.fields,
    },
  })
  const shipping_options = await scopeOptionsToCartVendors(
    req.scope,
    cart_id,
    result as { shipping_profile_id?: string | null }[]
  )
  res.json({ shipping_options })
}
