import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateCustomerOrderCancelStepInput = {
  order_id: string
  customer_id: string
}

export const validateCustomerOrderCancelStepId =
  "validate-customer-order-cancel"

/**
 * This step checks that a customer may cancel an order: it is theirs (any
 * other order is "not found"), not cancelled yet, and its co-op has not
 * fulfilled any of it. A co-op's part of a checkout is its own order, so
 * this also cancels one co-op's part and leaves the others.
 */
export const validateCustomerOrderCancelStep = createStep(
  validateCustomerOrderCancelStepId,
  async (input: ValidateCustomerOrderCancelStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "status",
        "customer_id",
        "fulfillments.id",
        "fulfillments.canceled_at",
      ],
      filters: { id: input.order_id, is_draft_order: false },
    })
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order "${input.order_id}" was not found.`
      )
    }
    if (order.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order #${order.display_id} is already cancelled.`
      )
    }
    const fulfilled = (order.fulfillments ?? []).some(
      (f: any) => f && !f.canceled_at
    )
    if (fulfilled) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order #${order.display_id} has been fulfilled by its co-op and can no longer be cancelled; ask for after-sales help once it arrives.`
      )
    }
    return new StepResponse({ id: order.id as string })
  }
)
