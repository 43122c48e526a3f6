import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { loadVendorContext } from "../utils/vendor-context"
import { vendorMembersMiddlewares } from "./members/middlewares"
import { vendorOrdersMiddlewares } from "./orders/middlewares"
import { vendorPayoutsMiddlewares } from "./payouts/middlewares"
import { vendorProductsMiddlewares } from "./products/middlewares"
import { VendorCreateVendor } from "./validators"

/**
 * Signed-in co-op member, resolved to their co-op. Every /vendors route after
 * registration starts with these; add them per route with explicit `methods`
 * (a matcher without methods matches as a prefix).
 */
export const vendorAuth = [
  authenticate("vendor", ["session", "bearer"]),
  loadVendorContext,
]

export const vendorsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors",
    methods: ["POST"],
    middlewares: [
      authenticate("vendor", ["session", "bearer"], {
        allowUnregistered: true,
      }),
      validateAndTransformBody(VendorCreateVendor),
    ],
  },
  { matcher: "/vendors/me", methods: ["GET"], middlewares: [...vendorAuth] },
  ...vendorMembersMiddlewares,
  ...vendorProductsMiddlewares,
  ...vendorOrdersMiddlewares,
  ...vendorPayoutsMiddlewares,
]
