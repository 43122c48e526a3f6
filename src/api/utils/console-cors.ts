import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  parseCorsOrigins,
} from "@medusajs/framework/utils"
import cors from "cors"

type Handler = ReturnType<typeof cors>

let handler: Handler | undefined

/**
 * Medusa applies CORS to /store, /admin and /auth only. The co-op console
 * (/vendors) and the pickup-point console (/pickup) run in the storefront, so
 * they accept the storefront's origins, or CONSOLE_CORS when it is set.
 */
export function consoleCors(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!handler) {
    const config = req.scope.resolve<ConfigModule>(
      ContainerRegistrationKeys.CONFIG_MODULE
    )
    const origins =
      process.env.CONSOLE_CORS || config.projectConfig.http.storeCors
    handler = cors({ origin: parseCorsOrigins(origins), credentials: true })
  }
  return handler(req, res, next)
}
