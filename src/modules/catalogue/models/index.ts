export { CatalogueProduct } from "./catalogue-product"
export { CatalogueStale } from "./catalogue-stale"
