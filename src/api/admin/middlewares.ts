import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminCommissionRulesMiddlewares } from "./commission-rules/middlewares"
import { adminPayoutsMiddlewares } from "./payouts/middlewares"
import { adminVendorsMiddlewares } from "./vendors/middlewares"

export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminVendorsMiddlewares,
  ...adminPayoutsMiddlewares,
  ...adminCommissionRulesMiddlewares,
]
