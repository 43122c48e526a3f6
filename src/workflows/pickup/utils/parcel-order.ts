import { PICKUP_PROVIDER_ID } from "../../pickup-checkout/utils/rules"
import type { PickupZone } from "./parcel-rules"

const ZONES: PickupZone[] = ["ambient", "chilled", "frozen"]

type MethodForPickup = {
  shipping_option?: { provider_id?: string | null } | null
} | null

type OrderForPickup = {
  metadata?: Record<string, any> | null
  // unknown[]: Medusa's generated Order type (.medusa/types) declares no
  // shipping_option on a method, though query.graph returns it.
  shipping_methods?: readonly unknown[] | null
}

/**
 * The pickup point and zone an order ships to, as checkout validated and
 * recorded them in the order's `metadata.pickup`, and only when the order
 * ships by a pickup option (provider `pickup_pickup`). Shipping-method data
 * is never read: a method of any option can carry a `pickup_point_id`, and
 * only a pickup option's is checked. Null when the order does not ship to
 * a pickup point.
 */
export function pickupOfOrder(
  order: OrderForPickup
): { point_id: string; zone: PickupZone } | null {
  const byPickup = (order.shipping_methods ?? []).some(
    (m) =>
      (m as MethodForPickup)?.shipping_option?.provider_id ===
      PICKUP_PROVIDER_ID
  )
  const recorded = order.metadata?.pickup
  const pointId = recorded?.point_id
  if (!byPickup || typeof pointId !== "string" || !pointId) {
    return null
  }
  const zone = ZONES.includes(recorded.zone) ? recorded.zone : "ambient"
  return { point_id: pointId, zone }
}

/** The order fields `pickupOfOrder` reads, for `query.graph`. */
export const ORDER_PICKUP_FIELDS = [
  "metadata",
  "shipping_methods.shipping_option.provider_id",
]

/**
 * A parcel's ETA when the co-op gives none: 18:00 Beijing time on the
 * reserved arrival day (`YYYY-MM-DD`), else 24 hours from now.
 */
export function defaultParcelEta(now: Date, arrivalDate?: string | null): Date {
  if (arrivalDate && /^\d{4}-\d{2}-\d{2}$/.test(arrivalDate)) {
    return new Date(`${arrivalDate}T18:00:00+08:00`)
  }
  return new Date(now.getTime() + 24 * 3600 * 1000)
}
