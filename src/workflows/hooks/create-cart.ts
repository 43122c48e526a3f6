import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartVendorsCanSell } from "../vendor-products/utils/cart-vendors"

// Medusa allows one handler per hook: add further cart-creation checks here.
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertCartVendorsCanSell(container, input.items ?? [])
})
