import { authenticate } from "@medusajs/framework/http"
import { loadVendorContext } from "../utils/vendor-context"

/**
 * Signed-in co-op member, resolved to their co-op. Every /vendors route after
 * registration starts with these; add them per route with explicit `methods`
 * (a matcher without methods matches as a prefix). Import it from here, not
 * from ./middlewares, which imports every resource's middlewares in turn.
 */
export const vendorAuth = [
  authenticate("vendor", ["session", "bearer"]),
  loadVendorContext,
]
