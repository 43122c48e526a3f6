import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { processOverdueParcelsWorkflow } from "../workflows/pickup"

/**
 * Hourly: parcels past their free-storage deadline become overdue (the
 * customer is told); past the point's grace hours they are returned and
 * the co-op's order is flagged for after-sales.
 */
export default async function pickupOverdueParcels(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await processOverdueParcelsWorkflow(container).run({
    input: {},
  })
  if (result.overdue.length || result.returned.length) {
    logger.info(
      `Pickup: ${result.overdue.length} parcels became overdue, ${result.returned.length} were returned.`
    )
  }
}

export const config = {
  name: "pickup-overdue-parcels",
  schedule: "0 * * * *",
}
