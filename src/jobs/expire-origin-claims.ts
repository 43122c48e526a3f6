import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireOriginClaimsWorkflow } from "../workflows/claims"

/**
 * Daily: expired certificates and brand authorizations leave the store,
 * those ending within 30 days are flagged, and their co-ops are told once.
 */
export default async function expireOriginClaims(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireOriginClaimsWorkflow(container).run({
    input: {},
  })
  if (result.expiries.length) {
    logger.info(
      `Origin claims: ${result.expiries.length} changed status, ${result.notifications} notifications, ${result.product_ids.length} products to refresh.`
    )
  }
}

export const config = {
  name: "expire-origin-claims",
  schedule: "15 2 * * *",
}
