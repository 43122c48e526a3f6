import type { ScopedQueryConfig } from "../../utils/scoped-query"

/**
 * What pickup staff see of a parcel. Never `code_hash` or `code_nonce`:
 * staff must not be able to read or derive a code. `allowed` strips any
 * other field a `fields=` request names, and `disallowed` strips the code's
 * columns whatever else changes.
 */
export const pickupParcelFields = [
  "id",
  "order_id",
  "vendor_id",
  "zone",
  "status",
  "compartment",
  "failed_attempts",
  "locked_until",
  "eta",
  "ready_at",
  "deadline_at",
  "picked_up_at",
  "overdue_at",
  "returned_at",
  "fulfillment_id",
  "point_id",
  "created_at",
  "updated_at",
  "point.id",
  "point.handle",
  "point.name_zh",
  "point.name_en",
  "point.type",
  "point.free_storage_hours",
  "point.overdue_grace_hours",
]

/** The parcel's history (who lifted a lock, when, why), on its own page only. */
export const parcelEventFields = [
  "events.id",
  "events.type",
  "events.actor_type",
  "events.actor_name",
  "events.reason",
  "events.data",
  "events.created_at",
]

const SECRET_FIELDS = ["code_hash", "code_nonce"]

export const listPickupParcelsConfig: ScopedQueryConfig = {
  defaults: pickupParcelFields,
  disallowed: SECRET_FIELDS,
  isList: true,
}

export const retrievePickupParcelConfig: ScopedQueryConfig = {
  defaults: [...pickupParcelFields, ...parcelEventFields],
  disallowed: SECRET_FIELDS,
  isList: false,
}
