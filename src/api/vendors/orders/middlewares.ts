import type { MiddlewareRoute } from "@medusajs/framework/http"

// /vendors/orders: the co-op's own orders and their fulfilment.
export const vendorOrdersMiddlewares: MiddlewareRoute[] = []
