import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  parcelNotification,
  type ParcelNotice,
} from "../utils/parcel-notifications"

export type NotifyParcelCustomersStepInput = {
  parcel_ids: string[]
  notice: ParcelNotice
}

export const notifyParcelCustomersStepId = "notify-parcel-customers"

/**
 * This step tells each parcel's customer, by email through the Notification
 * Module, that the parcel is ready, overdue or returned. One notification
 * per parcel and notice (idempotency key), so re-runs send nothing twice.
 * The code is never in it: notifications are stored, codes are not; the
 * customer reads the code on their order. Sending is best effort: a
 * failure is logged and does not undo the parcel's change.
 */
export const notifyParcelCustomersStep = createStep(
  notifyParcelCustomersStepId,
  async (input: NotifyParcelCustomersStepInput, { container }) => {
    if (!input.parcel_ids.length) {
      return new StepResponse([])
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const parcels = await pickup.listParcels(
      { id: input.parcel_ids },
      { relations: ["point"] }
    )
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", "display_id"],
      filters: { id: parcels.map((p) => p.order_id) },
    })
    const orderById = new Map(orders.map((o: any) => [o.id, o]))
    const notifications = parcels
      .map((parcel) =>
        parcelNotification(input.notice, parcel, orderById.get(parcel.order_id))
      )
      .filter((n): n is NonNullable<typeof n> => !!n)
    if (!notifications.length) {
      return new StepResponse([])
    }
    try {
      const sent = await container
        .resolve(Modules.NOTIFICATION)
        .createNotifications(notifications)
      return new StepResponse(sent.map((n) => n.id))
    } catch (e) {
      logger.warn(
        `Pickup: could not notify customers of parcels ${input.parcel_ids.join(", ")} (${input.notice}): ${(e as Error).message}`
      )
      return new StepResponse([])
    }
  }
)
