import type { PickupZone } from "./parcel-rules"

const ZONES: PickupZone[] = ["ambient", "chilled", "frozen"]

/**
 * The pickup point and zone an order ships to: the point from its shipping
 * method's `data.pickup_point_id` (else the order's `pickup` metadata,
 * recorded at checkout), the zone from that metadata, else the method's
 * data, else ambient.
 * Null when the order does not ship to a pickup point.
 */
export function pickupOfOrder(order: {
  metadata?: Record<string, any> | null
  shipping_methods?: ({ data?: Record<string, any> | null } | null)[] | null
}): { point_id: string; zone: PickupZone } | null {
  const method = (order.shipping_methods ?? []).find(
    (m) => typeof m?.data?.pickup_point_id === "string"
  )
  const pointId =
    method?.data?.pickup_point_id ?? order.metadata?.pickup?.point_id
  if (typeof pointId !== "string" || !pointId) {
    return null
  }
  const candidates = [order.metadata?.pickup?.zone, method?.data?.zone]
  const zone = candidates.find((z) => ZONES.includes(z)) ?? "ambient"
  return { point_id: pointId, zone }
}

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
