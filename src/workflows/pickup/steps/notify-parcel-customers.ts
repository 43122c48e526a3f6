import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  parcelNotifications,
  type ParcelNotice,
} from "../utils/parcel-notifications"
import { derivePickupCode, pickupCodeSecret } from "../utils/pickup-code"

export type NotifyParcelCustomersStepInput = {
  parcel_ids: string[]
  notice: ParcelNotice
}

export const notifyParcelCustomersStepId = "notify-parcel-customers"

/**
 * This step tells each parcel's customer, by email and SMS through the
 * Notification Module, that the parcel is ready (with its pickup code,
 * re-derived from the parcel's nonce), overdue or returned. One
 * notification per parcel, notice and channel (idempotency key), so re-runs
 * send nothing twice. Sending is best effort: a failure is logged and does
 * not undo the parcel's change.
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
      fields: ["id", "email", "display_id", "shipping_address.phone"],
      filters: { id: parcels.map((p) => p.order_id) },
    })
    const orderById = new Map(orders.map((o: any) => [o.id, o]))
    const secret = input.notice === "ready" ? pickupCodeSecret() : null
    const notifications = parcels.flatMap((parcel) =>
      parcelNotifications(
        input.notice,
        parcel,
        orderById.get(parcel.order_id),
        secret && parcel.code_nonce
          ? derivePickupCode(secret, parcel.id, parcel.code_nonce)
          : null
      )
    )
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
