export const adminOriginRegionFields = [
  "id",
  "code",
  "name_zh",
  "name_en",
  "level",
  "parent_code",
  "lat",
  "lng",
  "created_at",
  "updated_at",
]

export const adminOriginRegionsQueryConfig = {
  list: { defaults: adminOriginRegionFields, isList: true },
  retrieve: { defaults: adminOriginRegionFields, isList: false },
}
