export const adminBrandAuthorizationFields = [
  "id",
  "vendor_id",
  "brand_id",
  "valid_from",
  "valid_to",
  "note",
  "status",
  "created_at",
  "updated_at",
  "brand.id",
  "brand.handle",
  "brand.name_zh",
  "brand.name_en",
]

export const adminBrandAuthorizationsQueryConfig = {
  list: { defaults: adminBrandAuthorizationFields, isList: true },
  retrieve: { defaults: adminBrandAuthorizationFields, isList: false },
}
