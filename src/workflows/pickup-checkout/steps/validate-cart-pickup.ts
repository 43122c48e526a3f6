import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pickupMethodProblem } from "../utils/rules"

export const validateCartPickupStepId = "validate-cart-pickup"

/**
 * This step checks again, when the cart is completed, that each pickup
 * method still fits the cart: its option is for the zone its co-op's items
 * need now (and so has that zone's price), and it names a point. Items can
 * change after the method was chosen and checked.
 */
export const validateCartPickupStep = createStep(
  validateCartPickupStepId,
  async (input: { cart: Parameters<typeof pickupMethodProblem>[0] }) => {
    const problem = pickupMethodProblem(input.cart)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return new StepResponse(void 0)
  }
)
