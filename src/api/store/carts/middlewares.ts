import type { MiddlewareRoute } from "@medusajs/framework/http"

// /store/carts: completion into one order per co-op.
export const storeCartsMiddlewares: MiddlewareRoute[] = []
