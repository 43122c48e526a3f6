import type { MiddlewareRoute } from "@medusajs/framework/http"

// /store/vendors: active co-ops for shoppers.
export const storeVendorsMiddlewares: MiddlewareRoute[] = []
