import type { ParcelStatus, StaffParcel } from "@lib/data/pickup-staff-types"

/** The tabs of the console, in the order a counter works through them. */
export const PARCEL_STATUSES: ParcelStatus[] = [
  "awaiting_arrival",
  "ready_for_pickup",
  "overdue",
  "picked_up",
  "returned",
  "cancelled",
]

/** Parcels at the point or on their way: what the counter acts on. */
export const ACTIVE_STATUSES: ParcelStatus[] = [
  "awaiting_arrival",
  "ready_for_pickup",
  "overdue",
]

export const HANDOVER_STATUSES: ParcelStatus[] = ["ready_for_pickup", "overdue"]

export function isParcelStatus(value: unknown): value is ParcelStatus {
  return PARCEL_STATUSES.includes(value as ParcelStatus)
}

const time = (value: string | null | undefined) =>
  value ? new Date(value).getTime() : Number.NaN

/** Earliest first, undated last. */
const ascending =
  (key: keyof StaffParcel) => (a: StaffParcel, b: StaffParcel) => {
    const x = time(a[key] as string | null)
    const y = time(b[key] as string | null)
    if (Number.isNaN(x) || Number.isNaN(y)) {
      return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1
    }
    return x - y
  }

const descending =
  (key: keyof StaffParcel) => (a: StaffParcel, b: StaffParcel) =>
    -ascending(key)(a, b)

/**
 * How each status is sorted for the counter: arrivals by ETA, waiting and
 * overdue parcels by deadline (the most urgent first), finished ones by
 * when they finished (the latest first).
 */
const ORDER: Record<ParcelStatus, (a: StaffParcel, b: StaffParcel) => number> =
  {
    awaiting_arrival: ascending("eta"),
    ready_for_pickup: ascending("deadline_at"),
    overdue: ascending("deadline_at"),
    picked_up: descending("picked_up_at"),
    returned: descending("returned_at"),
    cancelled: descending("updated_at"),
  }

export type ParcelGroups = Record<ParcelStatus, StaffParcel[]>

/** Parcels by status, each group sorted for the counter; unknown statuses are dropped. */
export function groupParcelsByStatus(parcels: StaffParcel[]): ParcelGroups {
  const groups = Object.fromEntries(
    PARCEL_STATUSES.map((s) => [s, [] as StaffParcel[]])
  ) as ParcelGroups
  for (const parcel of parcels) {
    if (isParcelStatus(parcel.status)) {
      groups[parcel.status].push(parcel)
    }
  }
  for (const status of PARCEL_STATUSES) {
    groups[status].sort(ORDER[status])
  }
  return groups
}

/** Sorts one status's parcels the way the counter reads them. */
export function sortForStatus(status: ParcelStatus, parcels: StaffParcel[]) {
  return [...parcels].sort(ORDER[status])
}

/** The API's sort for a status tab (`order=`), matching sortForStatus. */
export function apiOrderFor(status: ParcelStatus): string {
  switch (status) {
    case "awaiting_arrival":
      return "eta"
    case "ready_for_pickup":
    case "overdue":
      return "deadline_at"
    case "picked_up":
      return "-picked_up_at"
    case "returned":
      return "-returned_at"
    default:
      return "-updated_at"
  }
}
