import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartCanSplit, type SplitCart } from "../utils/split-cart"

export const validateCartForOrderGroupStepId = "validate-cart-for-order-group"

/**
 * This step checks that every line of the cart comes from a co-op that may
 * sell, and that each co-op's lines have exactly one shipping method of that
 * co-op's own shipping profile.
 */
export const validateCartForOrderGroupStep = createStep(
  validateCartForOrderGroupStepId,
  async (input: { cart: SplitCart }) => {
    assertCartCanSplit(input.cart)
    return new StepResponse(void 0)
  }
)
