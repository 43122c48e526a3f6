import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AttachOrdersToCustomerStepInput = {
  order_ids: string[]
  customer_id: string
}

export const attachOrdersToCustomerStepId = "attach-orders-to-customer"

/**
 * This step moves orders to a customer account. Compensation gives each
 * order back its previous customer.
 */
export const attachOrdersToCustomerStep = createStep(
  attachOrdersToCustomerStepId,
  async (input: AttachOrdersToCustomerStepInput, { container }) => {
    if (!input.order_ids.length) {
      return new StepResponse([] as string[], [])
    }
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.listOrders(
      { id: input.order_ids },
      { select: ["id", "customer_id"] }
    )
    await orders.updateOrders(
      before.map((o) => ({ id: o.id, customer_id: input.customer_id }))
    )
    return new StepResponse(
      before.map((o) => o.id),
      before.map((o) => ({ id: o.id, customer_id: o.customer_id ?? null }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await container
      .resolve(Modules.ORDER)
      .updateOrders(previous as { id: string; customer_id: string }[])
  }
)
