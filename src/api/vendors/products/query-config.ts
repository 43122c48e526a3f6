import type { ScopedQueryConfig } from "../../utils/scoped-query"

/** Fields of a co-op's product shown in its console. */
export const vendorProductFields = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "options.*",
  "options.values.*",
  "variants.*",
  "variants.prices.*",
  "variants.options.*",
  "images.*",
  "tags.*",
  "categories.*",
  "sales_channels.id",
  "shipping_profile.id",
]

/** A variant's grade with its level and standard. */
export const variantGradeFields = [
  "id",
  "variant_id",
  "measured",
  "declared_by",
  "verified_at",
  "level.id",
  "level.code",
  "level.name_zh",
  "level.name_en",
  "level.rank",
  "level.criteria",
  "level.standard.code",
  "level.standard.title_zh",
  "level.standard.status",
]

/** The product's claims: variant grades, brand and certificates. */
export const vendorProductClaimFields = [
  ...variantGradeFields.map((f) => `variants.variant_grade.${f}`),
  "brand.id",
  "brand.handle",
  "brand.name_zh",
  "brand.name_en",
  "certifications.id",
  "certifications.type",
  "certifications.number",
  "certifications.issuer",
  "certifications.valid_from",
  "certifications.valid_to",
  "certifications.status",
  "certifications.review_status",
]

/**
 * What a co-op may ask for beyond the defaults: single columns of what the
 * defaults hold, and its variants' stock at its own location (its
 * inventory items are its own: no co-op body may bind another's).
 */
export const vendorProductExtraFields = [
  "options.id",
  "options.title",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory.location_levels.location_id",
  "variants.inventory.location_levels.stocked_quantity",
  "variants.inventory.location_levels.reserved_quantity",
  "variants.variant_grade.level.standard_id",
]

export const retrieveVendorProductConfig: ScopedQueryConfig = {
  defaults: [...vendorProductFields, ...vendorProductClaimFields],
  extra: vendorProductExtraFields,
  isList: false,
}

export const listVendorProductsConfig: ScopedQueryConfig = {
  defaults: vendorProductFields,
  extra: [...vendorProductClaimFields, ...vendorProductExtraFields],
  isList: true,
}
