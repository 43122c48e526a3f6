import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateOrderFulfillmentStepInput = {
  order_id: string
  fulfillment_id: string
}

export const validateOrderFulfillmentStepId = "validate-order-fulfillment"

/**
 * This step checks that the fulfilment belongs to the (already owned)
 * order, so a co-op cannot reach another order's fulfilment through its
 * own order's path; Medusa's own check throws a bare error (a 500).
 */
export const validateOrderFulfillmentStep = createStep(
  validateOrderFulfillmentStepId,
  async (input: ValidateOrderFulfillmentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "fulfillments.id"],
      filters: { id: input.order_id },
    })
    const found = (order?.fulfillments ?? []).some(
      (f: any) => f?.id === input.fulfillment_id
    )
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Fulfillment "${input.fulfillment_id}" was not found on order "${input.order_id}".`
      )
    }
    return new StepResponse(undefined)
  }
)
