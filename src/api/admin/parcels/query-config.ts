import { parcelEventFields } from "../../pickup/parcels/query-config"

/**
 * What the parcel board shows. `code_hash` and `code_nonce` are never
 * listed, and `allowed` keeps `?fields=` from asking for them.
 */
export const adminParcelFields = [
  "id",
  "order_id",
  "vendor_id",
  "customer_id",
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
  "created_at",
  "updated_at",
  "point.id",
  "point.handle",
  "point.name_zh",
  "point.name_en",
  "point.type",
]

/** One parcel: the board's fields and its history. */
export const adminParcelDetailFields = [
  ...adminParcelFields,
  ...parcelEventFields,
  "events.actor_id",
]

export const adminParcelsQueryConfig = {
  list: {
    defaults: adminParcelFields,
    allowed: adminParcelFields,
    isList: true,
  },
  retrieve: {
    defaults: adminParcelDetailFields,
    allowed: adminParcelDetailFields,
    isList: false,
  },
}
