import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { loadVendorContext } from "../utils/vendor-context"
import { VendorCreateVendor } from "./validators"

/** Signed-in co-op member, resolved to their co-op. */
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
]
