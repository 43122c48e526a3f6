import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { lookupThrottle } from "./throttle"
import { StoreLookupOrder } from "./validators"

// Public (publishable key only): a guest has no account to sign in with.
export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/order-lookup",
    methods: ["POST"],
    middlewares: [lookupThrottle(), validateAndTransformBody(StoreLookupOrder)],
  },
]
