export type PickupZoneName = "ambient" | "chilled" | "frozen"

export type PickupPointType =
  "community_store" | "property_office" | "locker" | "station"

/** `days` are ISO weekdays (1 = Monday … 7 = Sunday); times are Asia/Shanghai. */
export type OpeningHours = {
  days: number[]
  open: string
  close: string
}

export type ListNearestPointsInput = {
  lat: number
  lng: number
  radius_km: number
  /** Only points that have this zone (with at least one compartment). */
  zone?: PickupZoneName
  /** Only points in this GB/T 2260 district. */
  district_code?: string
  limit: number
  /** `YYYY-MM-DD` (Asia/Shanghai): adds per-zone free compartments that day. */
  date?: string
  /** With `date`: drop points with no free compartment (in `zone`, if given). */
  only_available?: boolean
  /** Defaults to active points only. */
  include_paused?: boolean
}

export type NearestPointZone = {
  zone: PickupZoneName
  compartments: number
  /** Free compartments on `date`; null when no date was asked for. */
  free: number | null
}

export type NearestPickupPoint = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  type: PickupPointType
  address_zh: string
  address_en: string | null
  district_code: string
  lat: number
  lng: number
  opening_hours: OpeningHours[]
  status: "active" | "paused"
  free_storage_hours: number
  /** Great-circle distance on the mean Earth radius, whole metres. */
  distance_m: number
  zones: NearestPointZone[]
}

export type AvailableCapacityInput = {
  point_ids: string[]
  zone: PickupZoneName
  arrival_date: string
}

export type ParcelStatusName =
  | "awaiting_arrival"
  | "ready_for_pickup"
  | "picked_up"
  | "overdue"
  | "returned"
  | "cancelled"

export type ParcelTransition = {
  ids: string[]
  /** The statuses a parcel must still have to move. */
  from: ParcelStatusName[]
  to: ParcelStatusName
  /** Columns written with the move. */
  data?: {
    overdue_at?: Date | null
    returned_at?: Date | null
    code_hash?: string | null
    code_nonce?: string | null
  }
}
