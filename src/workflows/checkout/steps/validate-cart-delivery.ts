import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuse } from "../../../utils/refusal"
import { deliveryAddressProblem } from "../utils/delivery-address"

export const validateCartDeliveryStepId = "validate-cart-delivery"

/**
 * This step checks that a cart with a delivery method has somewhere to
 * deliver to: a street address, a recipient's name and a mainland phone.
 */
export const validateCartDeliveryStep = createStep(
  validateCartDeliveryStepId,
  async (input: { cart: Parameters<typeof deliveryAddressProblem>[0] }) => {
    const problem = deliveryAddressProblem(input.cart)
    if (problem) {
      throw refuse([problem])
    }
    return new StepResponse(void 0)
  }
)
