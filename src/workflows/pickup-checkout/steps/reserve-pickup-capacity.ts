import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupZoneName } from "../../../modules/pickup-fulfillment/utils/data"
import {
  CHECKOUT_LOCK_SECONDS,
  withCheckoutLock,
} from "../../checkout/utils/locking"
import { assertPointAccepts, assertPointHasRoom } from "../utils/check-point"

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
 * This step claims a compartment for each order placed to a pickup point.
 * It checks again that each point is active and has the zone, then, under
 * a lock per (point, zone, day), that the day has room for all of this
 * checkout's parcels there, and records them as active
 * `pickup_reservation`s in one insert. Checkouts racing for the last
 * compartments queue on the lock; the ones left without room get a 400,
 * and one that waits too long a 409 to try again. Compensation deletes
 * the reservations.
 */
export const reservePickupCapacityStep = createStep(
  reservePickupCapacityStepId,
  async (input: ReservePickupCapacityStepInput, { container }) => {
    if (!input.reservations.length) {
      return new StepResponse([], [])
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const groups = new Map<
      string,
      {
        point_id: string
        zone: PickupZoneName
        arrival_date: string
        n: number
      }
    >()
    for (const r of input.reservations) {
      const key = capacityLockKey(r)
      const group = groups.get(key) ?? { ...r, n: 0 }
      group.n += 1
      groups.set(key, group)
    }
    // Whether a point exists, is active and has the zone does not race with
    // other checkouts, so it is checked before queueing for the lock.
    const points = new Map<
      string,
      Awaited<ReturnType<typeof assertPointAccepts>>
    >()
    for (const group of groups.values()) {
      points.set(group.point_id, await assertPointAccepts(container, group))
    }

    const names = [...points.values()]
      .map((p) => `${p.name_zh} / ${p.name_en}`)
      .join(", ")

    let created: string[] = []
    try {
      await withCheckoutLock(
        container,
        [...groups.keys()],
        async () => {
          for (const group of groups.values()) {
            await assertPointHasRoom(container, points.get(group.point_id)!, {
              zone: group.zone,
              arrival_date: group.arrival_date,
              needed: group.n,
            })
          }
          const rows = await pickup.createPickupReservations(
            input.reservations.map((r) => ({
              point_id: r.point_id,
              zone: r.zone,
              arrival_date: r.arrival_date,
              order_id: r.order_id,
            }))
          )
          created = rows.map((row) => row.id)
        },
        {
          timeout: CHECKOUT_LOCK_SECONDS.pickupCapacity,
          busyMessage: `${names}: 自提点正忙，请重试 / is busy with other checkouts right now; try again.`,
        }
      )
    } catch (error) {
      // A failing step is not compensated: if the claims were written but
      // the lock then failed (a Redis lease lost mid-job), undo them here.
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
