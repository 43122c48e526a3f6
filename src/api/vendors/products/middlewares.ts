import type { MiddlewareRoute } from "@medusajs/framework/http"

// /vendors/products: the co-op's own catalogue.
export const vendorProductsMiddlewares: MiddlewareRoute[] = []
