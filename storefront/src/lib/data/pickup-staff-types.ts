/** What the pickup-point console reads from `/pickup/*` (docs/api.md, "Pickup-point staff"). */

export type ParcelStatus =
  | "awaiting_arrival"
  | "ready_for_pickup"
  | "picked_up"
  | "overdue"
  | "returned"
  | "cancelled"

export type StaffPoint = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  type: string
  address_zh?: string
  status?: string
}

export type PickupStaff = {
  id: string
  email: string
  name: string
  phone?: string | null
  memberships: { id: string; role: "staff" | "manager"; point: StaffPoint }[]
}

/** A parcel as staff see it: never its code, hash or nonce. */
export type StaffParcel = {
  id: string
  order_id: string
  vendor_id: string
  zone: "ambient" | "chilled" | "frozen"
  status: ParcelStatus
  compartment: string | null
  failed_attempts: number
  locked_until: string | null
  eta: string | null
  ready_at: string | null
  deadline_at: string | null
  picked_up_at: string | null
  overdue_at: string | null
  returned_at: string | null
  point_id: string
  created_at: string
  updated_at: string
  point?: {
    id: string
    handle: string
    name_zh: string
    name_en: string
    type: string
    free_storage_hours?: number
    overdue_grace_hours?: number
  } | null
  order?: {
    display_id: number | null
    customer_name: string | null
    phone_last4: string | null
    items: { title: string; variant_title: string | null; quantity: number }[]
    item_count: number
  } | null
  vendor?: { id: string; name: string; handle: string } | null
  /** The parcel's history, oldest first; on its own page only. */
  events?: ParcelEvent[]
}

/** One entry of a parcel's history: today, a manager's or the platform's unlock. */
export type ParcelEvent = {
  id: string
  type: "unlocked"
  actor_type: "pickup_staff" | "user"
  actor_name: string | null
  reason: string
  data: { failed_attempts?: number; locked_until?: string | null } | null
  created_at: string
}

export type ParcelPage = {
  parcels: StaffParcel[]
  count: number
  offset: number
  limit: number
}

/** A console action's answer for useActionState: the error, worded. */
export type PickupActionState = {
  error: string | null
  /** The failure's kind (`wrong`, `locked`, `status`, `other`, …). */
  detail?: string
}
