import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWithOrderGroupWorkflow } from "../workflows/complete-cart-with-order-group"

export const completePaidCartStepId = "complete-paid-cart-step"

/**
 * This step finds the cart a paid payment session belongs to and completes
 * it with the order-group workflow, which takes the cart's lock itself and
 * returns the existing group when the shopper completed it first.
 */
export const completePaidCartStep = createStep(
  completePaidCartStepId,
  async (input: { session_id: string } | null, { container }) => {
    if (!input) {
      return new StepResponse(null)
    }
    const payment = container.resolve(Modules.PAYMENT)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const session = await payment.retrievePaymentSession(input.session_id)
    const { data: links } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: session.payment_collection_id },
    })
    const cartId = links[0]?.cart_id
    if (!cartId) {
      return new StepResponse(null)
    }
    const { result } = await completeCartWithOrderGroupWorkflow(container).run({
      input: { cart_id: cartId },
    })
    return new StepResponse({ cart_id: cartId, ...result })
  }
)
