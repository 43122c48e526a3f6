import type { MiddlewareRoute } from "@medusajs/framework/http"

// /admin/payouts and /admin/payout-lines: the ledger report and recorded payouts.
export const adminPayoutsMiddlewares: MiddlewareRoute[] = []
