import type { MiddlewareRoute } from "@medusajs/framework/http"

// /admin/commission-rules: the default and per-category rates.
export const adminCommissionRulesMiddlewares: MiddlewareRoute[] = []
