/** The `fields` the console asks `/vendors/products` for (pure, so a test checks them). */

// Each path stays within three relations, like the store's limit
// (http.storeRelationsLimit); a grade's standard is found by its id.
export const LIST_FIELDS = [
  "id",
  "title",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory.location_levels.location_id",
  "variants.inventory.location_levels.stocked_quantity",
  "variants.inventory.location_levels.reserved_quantity",
  "variants.variant_grade.level.code",
  "variants.variant_grade.level.name_zh",
  "variants.variant_grade.level.name_en",
].join(",")

export const DETAIL_FIELDS = [
  LIST_FIELDS,
  "subtitle",
  "description",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "variants.variant_grade.id",
  "variants.variant_grade.measured",
  "variants.variant_grade.level.standard_id",
  "brand.id",
  "brand.handle",
  "brand.name_zh",
  "brand.name_en",
  "certifications.id",
  "certifications.type",
  "certifications.number",
  "certifications.status",
  "certifications.review_status",
].join(",")
