import type { MiddlewareRoute } from "@medusajs/framework/http"

// /store/products: co-op filters, and hiding co-ops that may not sell.
export const storeProductsMiddlewares: MiddlewareRoute[] = []
