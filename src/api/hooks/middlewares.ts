import type { MiddlewareRoute } from "@medusajs/framework/http"

// /hooks/payment: payment webhooks, completing carts through the same path as the store.
export const hooksMiddlewares: MiddlewareRoute[] = []
