import type { ScopedQueryConfig } from "../../utils/scoped-query"

/**
 * What shoppers see of a co-op. The credit code is printed on the public
 * business licence (营业执照); members and contact details are never shown.
 */
export const storeVendorFields = [
  "id",
  "handle",
  "name",
  "kind",
  "region_code",
  "credit_code",
  "description_zh",
  "description_en",
  "logo",
  "created_at",
]

export const listStoreVendorsConfig: ScopedQueryConfig = {
  defaults: storeVendorFields,
  isList: true,
}

export const retrieveStoreVendorConfig: ScopedQueryConfig = {
  defaults: storeVendorFields,
  isList: false,
}
