/**
 * Mean Earth radius (IUGG). PostgreSQL's earthdistance assumes a sphere of
 * `earth()` = 6 378 168 m, about 0.11 % larger; the service rescales its
 * distances to this radius so they match haversine.
 */
export const MEAN_EARTH_RADIUS_M = 6371008.8

/** Radius PostgreSQL's `earth()` returns (contrib/cube earthdistance). */
export const PG_EARTH_RADIUS_M = 6378168

export type LatLng = { lat: number; lng: number }

const toRad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres between two WGS-84 points (haversine). */
export function haversineMeters(
  a: LatLng,
  b: LatLng,
  radius = MEAN_EARTH_RADIUS_M
): number {
  const dLat = toRad(b.lat - a.lat)
  const dLng = toRad(b.lng - a.lng)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * radius * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** True when `value` is a real `YYYY-MM-DD` calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false
  }
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** The Asia/Shanghai calendar day (UTC+8, no DST) `offsetDays` after `now`. */
export function shanghaiDate(now: Date, offsetDays = 0): string {
  const shifted = new Date(
    now.getTime() + 8 * 3600_000 + offsetDays * 86400_000
  )
  return shifted.toISOString().slice(0, 10)
}
