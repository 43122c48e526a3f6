import type { MiddlewareRoute } from "@medusajs/framework/http"

// /vendors/payouts: the co-op's ledger.
export const vendorPayoutsMiddlewares: MiddlewareRoute[] = []
