import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_LOCK_SECONDS, withCheckoutLock } from "../utils/locking"

export type ReserveOrderInventoryStepInput = {
  items: {
    /** The order line item the reservation is for. */
    id: string
    inventory_item_id: string
    required_quantity: number
    quantity: any
    allow_backorder: boolean
    location_ids: string[]
  }[]
}

export const reserveOrderInventoryStepId = "reserve-order-inventory"

const BUSY_MESSAGE =
  "库存正被其他订单占用，请重试 / Stock for these items is being reserved by other checkouts right now; try again."

/**
 * This step reserves each co-op order line's stock at its co-op's location,
 * as Medusa's `reserveInventoryStep` does (availability is checked under a
 * lock per inventory item, so concurrent checkouts cannot oversell), but
 * with waits chosen for checkout: a checkout that cannot get the lock in
 * time gets a 409 to try again rather than a 500, and the compensation
 * waits long enough that a rolled-back checkout never leaves stock
 * reserved behind.
 */
export const reserveOrderInventoryStep = createStep(
  reserveOrderInventoryStepId,
  async (input: ReserveOrderInventoryStepInput, { container }) => {
    if (!input.items.length) {
      return new StepResponse([], { reservations: [], inventoryItemIds: [] })
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const inventoryItemIds = input.items.map((i) => i.inventory_item_id)
    const items = input.items.map((item) => ({
      line_item_id: item.id,
      inventory_item_id: item.inventory_item_id,
      quantity: MathBN.mult(item.required_quantity, item.quantity),
      allow_backorder: item.allow_backorder,
      location_id: item.location_ids[0],
    }))
    let reservations: { id: string }[] = []
    try {
      await withCheckoutLock(
        container,
        inventoryItemIds,
        async () => {
          reservations = await inventory.createReservationItems(items)
        },
        {
          timeout: CHECKOUT_LOCK_SECONDS.inventory,
          busyMessage: BUSY_MESSAGE,
        }
      )
    } catch (error) {
      // Written but the lock then failed (a Redis lease lost mid-job): a
      // failing step is not compensated, so undo the reservations here.
      if (reservations.length) {
        await deleteReservations(container, {
          reservations: reservations.map((r) => r.id),
          inventoryItemIds,
        })
      }
      throw error
    }
    return new StepResponse(reservations, {
      reservations: reservations.map((r) => r.id),
      inventoryItemIds,
    })
  },
  async (data, { container }) => {
    if (!data?.reservations?.length) {
      return
    }
    await deleteReservations(container, data)
  }
)

async function deleteReservations(
  container: Parameters<typeof withCheckoutLock>[0],
  data: { reservations: string[]; inventoryItemIds: string[] }
) {
  const inventory = container.resolve(Modules.INVENTORY)
  // Under the same locks, so the reserved quantities stay consistent with
  // the availability checks of checkouts running now.
  await withCheckoutLock(
    container,
    data.inventoryItemIds,
    () => inventory.deleteReservationItems(data.reservations),
    {
      timeout: CHECKOUT_LOCK_SECONDS.compensation,
      busyMessage: BUSY_MESSAGE,
    }
  )
}
