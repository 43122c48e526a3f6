export const adminPickupPointFields = [
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
  "contact_name",
  "contact_phone",
  "status",
  "free_storage_hours",
  "overdue_grace_hours",
  "metadata",
  "created_at",
  "updated_at",
  "zones.id",
  "zones.zone",
  "zones.compartments",
]

export const adminPickupPointsQueryConfig = {
  list: {
    defaults: adminPickupPointFields,
    allowed: adminPickupPointFields,
    isList: true,
  },
  retrieve: {
    defaults: adminPickupPointFields,
    allowed: adminPickupPointFields,
    isList: false,
  },
}
