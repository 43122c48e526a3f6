import type { MedusaContainer } from "@medusajs/framework/types"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type {
  NearestPickupPoint,
  PickupZoneName,
} from "../../../modules/pickup/types"
import { haversineMeters } from "../../../modules/pickup/utils/geo"
import { hoursAt } from "../../../modules/pickup/utils/opening-hours"
import { expectedArrivalDate } from "../../../workflows/pickup-checkout/utils/rules"

type PointForStore = Omit<NearestPickupPoint, "distance_m" | "zones"> & {
  distance_m: number | null
  contact_phone?: string
  zones: { zone: PickupZoneName; compartments: number }[]
}

/**
 * The arrival day availability is shown for: the asked day, else the day
 * checkout would reserve (今日下单 次日自提, the pickup-checkout rule).
 */
export function arrivalDay(date: string | undefined, now = new Date()) {
  return date ?? expectedArrivalDate(now)
}

/** Free compartments per point and zone on `date`. */
export async function freeByZone(
  scope: MedusaContainer,
  pointIds: string[],
  date: string
) {
  const pickup = scope.resolve<PickupModuleService>(PICKUP_MODULE)
  const zones: PickupZoneName[] = ["ambient", "chilled", "frozen"]
  const counts = await Promise.all(
    zones.map((zone) =>
      pickup.availableCapacity({
        point_ids: pointIds,
        zone,
        arrival_date: date,
      })
    )
  )
  return (pointId: string, zone: PickupZoneName) =>
    counts[zones.indexOf(zone)][pointId] ?? 0
}

/**
 * A point as the store returns it. `available` says whether it can take a
 * parcel on the arrival day: in `zone` when one was asked for, else in any
 * zone. `hours` is today's opening periods (Asia/Shanghai) and whether it
 * is open now.
 */
export function toStorePoint(
  point: PointForStore,
  free: (pointId: string, zone: PickupZoneName) => number,
  zone: PickupZoneName | undefined,
  now = new Date()
) {
  const zones = point.zones.map((z) => ({
    zone: z.zone,
    compartments: z.compartments,
    available: free(point.id, z.zone),
  }))
  const available = zones.some(
    (z) => (!zone || z.zone === zone) && z.available > 0
  )
  return {
    id: point.id,
    handle: point.handle,
    name_zh: point.name_zh,
    name_en: point.name_en,
    type: point.type,
    address_zh: point.address_zh,
    address_en: point.address_en,
    district_code: point.district_code,
    lat: point.lat,
    lng: point.lng,
    distance_m: point.distance_m,
    zones,
    available,
    opening_hours: point.opening_hours,
    hours: hoursAt(point.opening_hours, now),
    free_storage_hours: point.free_storage_hours,
    ...(point.contact_phone ? { contact_phone: point.contact_phone } : {}),
  }
}

/** Whole metres from (lat, lng), or null without a position. */
export function distanceFrom(
  point: { lat: number; lng: number },
  from: { lat?: number; lng?: number }
) {
  if (from.lat === undefined || from.lng === undefined) {
    return null
  }
  return Math.round(haversineMeters({ lat: from.lat, lng: from.lng }, point))
}
