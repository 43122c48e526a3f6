import { MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateOrdersCanceledStepInput = {
  order_ids: string[]
  orders: { id: string; status: string }[]
}

export const validateOrdersCanceledStepId = "validate-orders-canceled"

/**
 * This step checks that every order exists and has been canceled, so that
 * only a canceled order's ledger lines are ever cancelled.
 */
export const validateOrdersCanceledStep = createStep(
  validateOrdersCanceledStepId,
  async (input: ValidateOrdersCanceledStepInput) => {
    const byId = new Map(input.orders.map((o) => [o.id, o]))
    for (const id of input.order_ids) {
      const order = byId.get(id)
      if (!order) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Order "${id}" was not found.`
        )
      }
      if (order.status !== OrderStatus.CANCELED) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Order "${id}" is ${order.status}; only a canceled order's payout lines can be cancelled.`
        )
      }
    }
  }
)
