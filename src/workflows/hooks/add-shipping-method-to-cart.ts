import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertPickupMethodsValid } from "../pickup-checkout/utils/validate-pickup-methods"

// Medusa allows one handler per hook: add further shipping-method checks here.
addShippingMethodToCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    await assertPickupMethodsValid(container, {
      cart_id: input.cart_id,
      options: (input.options ?? []) as {
        id: string
        data?: Record<string, unknown>
      }[],
    })
  }
)
