import { findRegion } from "../../../modules/marketplace/utils/regions"
import type {
  OpeningHours,
  PickupPointType,
  PickupZoneName,
} from "../../../modules/pickup/types"

export type PickupZoneInput = {
  zone: PickupZoneName
  compartments: number
}

export type PickupPointInput = {
  handle: string
  name_zh: string
  name_en: string
  type?: PickupPointType
  address_zh: string
  address_en?: string | null
  district_code: string
  lat: number
  lng: number
  opening_hours: OpeningHours[]
  contact_name: string
  contact_phone: string
  status?: "active" | "paused"
  free_storage_hours?: number
  overdue_grace_hours?: number
  metadata?: Record<string, unknown> | null
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Why `district_code` cannot be a point's district, or null. Points sit in
 * a county-level division (区/县): a code with a parent in
 * data/reference/gb2260.json.
 */
export function districtCodeProblem(code: string | undefined): string | null {
  if (code === undefined) {
    return null
  }
  const region = findRegion(code)
  if (!region) {
    return `district_code "${code}" is not a GB/T 2260 code we know.`
  }
  if (!region.parent) {
    return `district_code "${code}" (${region.name}) is a province; use its district or county code.`
  }
  return null
}

/**
 * Why an opening-hours list is unusable, or null: days are ISO weekdays
 * 1–7, times are HH:MM and a period closes after it opens (no overnight
 * periods; split them at midnight).
 */
export function openingHoursProblem(
  hours: OpeningHours[] | undefined
): string | null {
  if (hours === undefined) {
    return null
  }
  for (const [i, period] of hours.entries()) {
    const where = `opening_hours[${i}]`
    if (
      !period.days.length ||
      period.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
    ) {
      return `${where}.days must be weekdays 1 (Monday) to 7 (Sunday).`
    }
    if (new Set(period.days).size !== period.days.length) {
      return `${where}.days must not repeat a day.`
    }
    if (!TIME.test(period.open) || !TIME.test(period.close)) {
      return `${where} open and close must be times like "08:00".`
    }
    if (period.open >= period.close) {
      return `${where} must close after it opens (${period.open}–${period.close}).`
    }
  }
  return null
}

/** Why a zone list is unusable, or null: each zone at most once. */
export function zonesProblem(zones: PickupZoneInput[] | undefined) {
  if (!zones) {
    return null
  }
  const seen = new Set<string>()
  for (const z of zones) {
    if (seen.has(z.zone)) {
      return `zones lists "${z.zone}" more than once.`
    }
    seen.add(z.zone)
  }
  return null
}

/** Splits a zone list against the point's current zones. */
export function diffZones(
  current: { id: string; zone: PickupZoneName; compartments: number }[],
  wanted: PickupZoneInput[]
) {
  const byZone = new Map(current.map((z) => [z.zone, z]))
  const wantedZones = new Set(wanted.map((z) => z.zone))
  return {
    create: wanted.filter((z) => !byZone.has(z.zone)),
    update: wanted
      .filter((z) => {
        const existing = byZone.get(z.zone)
        return existing && existing.compartments !== z.compartments
      })
      .map((z) => ({ id: byZone.get(z.zone)!.id, ...z })),
    remove: current.filter((z) => !wantedZones.has(z.zone)),
  }
}
