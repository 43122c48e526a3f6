import type { MiddlewareRoute } from "@medusajs/framework/http"

// /store/orders: a customer's co-op orders with their group.
export const storeOrdersMiddlewares: MiddlewareRoute[] = []
