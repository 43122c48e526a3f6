import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { notSellingMessage } from "../utils/vendor-product-rules"
import { findNotSellingProducts } from "../utils/vendor-selling"

export type ValidateCartVendorsCanSellStepInput = {
  items: { product_id?: string | null; variant_id?: string | null }[]
}

/**
 * Throws a 400 naming each product and its co-op when any item belongs to a
 * co-op that is not active (suspended, under review, rejected or closed).
 * Used by the cart hooks and by cart completion.
 */
export async function assertCartVendorsCanSell(
  container: MedusaContainer,
  items: ValidateCartVendorsCanSellStepInput["items"]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const blocked = await findNotSellingProducts(query, items ?? [])
  if (blocked.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      notSellingMessage(blocked)
    )
  }
}

export const validateCartVendorsCanSellStepId = "validate-cart-vendors-can-sell"

/**
 * This step refuses items of co-ops that are not selling, with a message
 * naming the products and their co-ops.
 *
 * @example
 * validateCartVendorsCanSellStep({ items: cart.items })
 */
export const validateCartVendorsCanSellStep = createStep(
  validateCartVendorsCanSellStepId,
  async (input: ValidateCartVendorsCanSellStepInput, { container }) => {
    await assertCartVendorsCanSell(container, input.items)
    return new StepResponse(undefined)
  }
)
