import type { ScopedQueryConfig } from "../../utils/scoped-query"

/** Point fields the store sees: no operator notes or metadata. */
export const STORE_PICKUP_POINT_FIELDS = [
  "id",
  "handle",
  "name_zh",
  "name_en",
  "type",
  "address_zh",
  "address_en",
  "district_code",
  "lat",
  "lng",
  "opening_hours",
  "status",
  "free_storage_hours",
  "contact_phone",
  "zones.zone",
  "zones.compartments",
]

export const storePickupPointQueryConfig: Record<
  "list" | "retrieve",
  ScopedQueryConfig
> = {
  list: { defaults: ["id"], isList: false },
  retrieve: { defaults: STORE_PICKUP_POINT_FIELDS, isList: false },
}
