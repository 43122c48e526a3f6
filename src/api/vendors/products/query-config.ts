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

export const retrieveVendorProductConfig = {
  defaults: vendorProductFields,
  isList: false,
}
