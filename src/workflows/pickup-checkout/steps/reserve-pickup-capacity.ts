import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupZoneName } from "../../../modules/pickup-fulfillment/utils/data"
import { assertPointCanTake } from "../utils/check-point"

export type ReservePickupCapacityStepInput = {
  reservations: {
    order_id: string
    point_id: string
    zone: PickupZoneName
    arrival_date: string
  }[]
}

export const reservePickupCapacityStepId = "reserve-pickup-capacity"

/** The lock guarding one zone of one point on one day. */
export function capacityLockKey(r: {
  point_id: string
  zone: string
  arrival_date: string
}) {
  return `pickup-capacity:${r.point_id}:${r.zone}:${r.arrival_date}`
}

/**
 * This step claims a compartment for each order placed to a pickup point:
 * under a lock per (point, zone, day) it checks again that the point is
 * active, has the zone and has room, then records an active
 * `pickup_reservation`. Two checkouts racing for the last compartment
 * queue on the lock, and the second gets a 400. Compensation deletes the
 * reservations.
 */
export const reservePickupCapacityStep = createStep(
  reservePickupCapacityStepId,
  async (input: ReservePickupCapacityStepInput, { container }) => {
    if (!input.reservations.length) {
      return new StepResponse([], [])
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(input.reservations.map(capacityLockKey))].sort()
    const created: string[] = []
    try {
      await locking.execute(
        keys,
        async () => {
          for (const r of input.reservations) {
            await assertPointCanTake(container, r)
            const reservation = await pickup.createPickupReservations({
              point_id: r.point_id,
              zone: r.zone,
              arrival_date: r.arrival_date,
              order_id: r.order_id,
            })
            created.push(reservation.id)
          }
        },
        { timeout: 15 }
      )
    } catch (error) {
      // A failing step is not compensated: undo this run's claims here.
      if (created.length) {
        await pickup.deletePickupReservations(created)
      }
      throw error
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.deletePickupReservations(created)
  }
)
