export const adminBrandFields = [
  "id",
  "handle",
  "type",
  "name_zh",
  "name_en",
  "gi_number",
  "holder",
  "story_zh",
  "story_en",
  "harvest_months",
  "region_codes",
  "verification_notes",
  "created_at",
  "updated_at",
  "authorizations.*",
]

export const adminBrandsQueryConfig = {
  list: { defaults: adminBrandFields, isList: true },
  retrieve: { defaults: adminBrandFields, isList: false },
}
