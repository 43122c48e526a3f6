/**
 * Events that tell the catalogue read model which products to rebuild.
 * Workflows that change what a product shows (claims, brands, certificates,
 * a co-op's status) emit this with whichever ids they know; the catalogue
 * resolves brand, certification and vendor ids to product ids.
 */
export const CatalogueEvents = {
  PRODUCTS_CHANGED: "catalogue.products_changed",
} as const

export type CatalogueProductsChangedData = {
  product_ids?: string[]
  vendor_ids?: string[]
  brand_ids?: string[]
  certification_ids?: string[]
}
