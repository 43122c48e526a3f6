import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  ORDER_PICKUP_FIELDS,
  pickupOfOrder,
} from "../../pickup/utils/parcel-order"

export const validateOrderNotAtPickupStepId = "validate-order-not-at-pickup"

/**
 * This step refuses a co-op's "delivered" for an order that has a parcel
 * or ships to a pickup point: only the handover at the point, against the
 * customer's code, delivers such an order. Marked delivered earlier, its
 * parcel could no longer be handed over and the payout clock would start
 * before the customer has the goods.
 */
export const validateOrderNotAtPickupStep = createStep(
  validateOrderNotAtPickupStepId,
  async (input: { order_id: string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [parcel] = await pickup.listParcels(
      { order_id: input.order_id },
      { select: ["id"] }
    )
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", ...ORDER_PICKUP_FIELDS],
      filters: { id: input.order_id },
    })
    if (parcel || (order && pickupOfOrder(order))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order "${input.order_id}" ships to a pickup point: its parcel is handed over at the point against the customer's pickup code, and that handover marks it delivered.`
      )
    }
    return new StepResponse(void 0)
  }
)
