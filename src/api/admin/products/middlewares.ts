import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { badPriceAmounts } from "../../utils/validators/price"

/**
 * Refuses a body carrying a price the price rule does not allow. Medusa's
 * validators take any number, and one price of 1e308 or −10 breaks the
 * catalogue and carts for every co-op, so the platform's own routes follow
 * the co-ops' rule. Runs after Medusa's validator (core middlewares run
 * first for the same path), on the validated body.
 */
export function refuseBadPrices(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const problems = badPriceAmounts(req.validatedBody)
  if (problems.length) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: ${problems.slice(0, 3).join("; ")}`
      )
    )
  }
  next()
}

// Every `amount` in these bodies is a price. "/:id" also matches "batch".
const PRICED_ROUTES = [
  "/admin/products",
  "/admin/products/:id",
  "/admin/products/:id/variants",
  "/admin/products/:id/variants/:variant_id",
  "/admin/price-lists",
  "/admin/price-lists/:id",
  "/admin/price-lists/:id/prices/batch",
]

export const adminProductPricesMiddlewares: MiddlewareRoute[] =
  PRICED_ROUTES.map((matcher) => ({
    matcher,
    methods: ["POST"],
    middlewares: [refuseBadPrices],
  }))
