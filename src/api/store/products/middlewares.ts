import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  allowClaimFields,
  applyClaimFilters,
  guardProductClaims,
  takeClaimFilters,
} from "./catalogue-filters"
import {
  allowVendorFields,
  applyVendorProductFilters,
  refuseNotSellingProduct,
  takeVendorFilters,
} from "./vendor-filters"

// /store/products: co-op filters, and hiding co-ops that may not sell.
//
// Medusa registers core middlewares before ours for the same path, and sorts
// RegExp matchers before path matchers. The RegExp entries therefore run
// before the core query validator: they take the co-op parameters off the
// query (the validator rejects unknown ones) and allow the co-op fields. The
// path entries run after it, on validated filters.
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: /^\/store\/products\/?$/,
    methods: ["GET"],
    middlewares: [takeVendorFilters, takeClaimFilters],
  },
  {
    matcher: /^\/store\/products\/[^/]+\/?$/,
    methods: ["GET"],
    middlewares: [allowVendorFields, allowClaimFields],
  },
  {
    matcher: "/store/products",
    methods: ["GET"],
    middlewares: [applyVendorProductFilters, applyClaimFilters],
  },
  {
    matcher: "/store/products/:id",
    methods: ["GET"],
    middlewares: [refuseNotSellingProduct, guardProductClaims],
  },
]
