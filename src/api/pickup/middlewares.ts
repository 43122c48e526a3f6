import type { MiddlewareRoute } from "@medusajs/framework/http"
import { pickupAuth } from "./auth"
import { pickupParcelsMiddlewares } from "./parcels/middlewares"

export { pickupAuth }

export const pickupMiddlewares: MiddlewareRoute[] = [
  { matcher: "/pickup/me", methods: ["GET"], middlewares: [...pickupAuth] },
  ...pickupParcelsMiddlewares,
]
