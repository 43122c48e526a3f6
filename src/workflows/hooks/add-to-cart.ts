import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartVendorsCanSell } from "../vendor-products/utils/cart-vendors"

// Medusa allows one handler per hook: add further add-to-cart checks here.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertCartVendorsCanSell(container, input.items ?? [])
})
