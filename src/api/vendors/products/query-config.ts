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

export const listVendorProductsConfig = {
  defaults: vendorProductFields,
  isList: true,
}

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

export const retrieveVendorProductConfig = {
  defaults: [...vendorProductFields, ...vendorProductClaimFields],
  isList: false,
}
