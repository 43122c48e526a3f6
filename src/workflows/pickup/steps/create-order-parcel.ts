import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  defaultParcelEta,
  ORDER_PICKUP_FIELDS,
  pickupOfOrder,
} from "../utils/parcel-order"

export type CreateOrderParcelStepInput = {
  order_id: string
  vendor_id: string
  fulfillment_id: string
  /** When the co-op expects the parcel at the point (ISO date-time). */
  eta?: string | Date | null
}

export const createOrderParcelStepId = "create-order-parcel"

/**
 * This step opens the parcel of an order shipped to a pickup point, in
 * `awaiting_arrival` with its ETA, at the point and zone of the compartment
 * checkout reserved for it (after validating the point). Orders without a
 * pickup option, and a second (partial) fulfilment of an order that has
 * its parcel, are left alone; a pickup order without an active
 * reservation is refused, as no point has room kept for it.
 */
export const createOrderParcelStep = createStep(
  createOrderParcelStepId,
  async (input: CreateOrderParcelStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", ...ORDER_PICKUP_FIELDS],
      filters: { id: input.order_id },
    })
    const target = order ? pickupOfOrder(order) : null
    if (!target) {
      return new StepResponse(null, null)
    }
    const [existing] = await pickup.listParcels({ order_id: input.order_id })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const [reservation] = await pickup.listPickupReservations({
      order_id: input.order_id,
      status: "active",
    })
    if (!reservation) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order "${input.order_id}" ships to pickup point "${target.point_id}" but holds no compartment reservation there, so it cannot be sent to the point.`
      )
    }
    const parcel = await pickup.createParcels({
      order_id: input.order_id,
      vendor_id: input.vendor_id,
      customer_id: order.customer_id ?? null,
      point_id: reservation.point_id,
      zone: reservation.zone,
      status: "awaiting_arrival",
      fulfillment_id: input.fulfillment_id,
      eta: input.eta
        ? new Date(input.eta)
        : defaultParcelEta(new Date(), reservation.arrival_date),
    })
    return new StepResponse(parcel, parcel.id)
  },
  async (parcelId, { container }) => {
    if (!parcelId) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.deleteParcels(parcelId)
  }
)
