import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { checkPickupMethodData } from "../../../modules/pickup-fulfillment/utils/data"
import { assertPointCanTake } from "./check-point"
import {
  expectedArrivalDate,
  PICKUP_PROVIDER_ID,
  pickupOptionZone,
  ZONE_LABELS,
  zonesByProfile,
} from "./rules"

export type ShippingMethodRequest = {
  cart_id: string
  options: { id: string; data?: Record<string, unknown> | null }[]
}

/**
 * Checks each pickup option being added to a cart: it is the option for the
 * zone its co-op's items need, and its `data.pickup_point_id` names an
 * active point with that zone, room on the expected arrival day, and (for a
 * locker) the customer's consent. Other options pass untouched.
 */
export async function assertPickupMethodsValid(
  container: MedusaContainer,
  request: ShippingMethodRequest,
  now: Date = new Date()
) {
  const ids = (request.options ?? []).map((o) => o.id)
  if (!ids.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "provider_id", "shipping_profile_id", "data"],
    filters: { id: ids },
  })
  const pickupOptions = options.filter(
    (o: any) => o.provider_id === PICKUP_PROVIDER_ID
  )
  if (!pickupOptions.length) {
    return
  }
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.product.shipping_profile.id",
      "items.product.metadata",
    ],
    filters: { id: request.cart_id },
  })
  const needed = zonesByProfile((cart?.items ?? []) as any[])
  const arrival = expectedArrivalDate(now)

  for (const option of pickupOptions as any[]) {
    const zone = needed.get(option.shipping_profile_id)
    if (!zone) {
      // Medusa itself refuses an option for a co-op with nothing in the cart.
      continue
    }
    const optionZone = pickupOptionZone(option)
    if (optionZone !== zone) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `options: "${option.name}" is for ${optionZone ?? "no"} parcels, but this co-op's items need ${ZONE_LABELS[zone]} storage; choose its ${zone} pickup option.`
      )
    }
    const checked = checkPickupMethodData(
      request.options.find((o) => o.id === option.id)?.data,
      now
    )
    if (!checked.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, checked.message)
    }
    await assertPointCanTake(container, {
      point_id: checked.data.pickup_point_id,
      zone,
      arrival_date: arrival,
      locker_consent: checked.data.locker_consent === true,
    })
  }
}
