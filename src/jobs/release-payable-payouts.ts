import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releasePayablePayoutLinesWorkflow } from "../workflows/ledger"

/** Hourly: co-op earnings past their after-sales window become payable. */
export default async function releasePayablePayouts(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await releasePayablePayoutLinesWorkflow(container).run({
    input: {},
  })
  if (result.length) {
    logger.info(`Ledger: ${result.length} payout lines became payable.`)
  }
}

export const config = {
  name: "release-payable-payouts",
  schedule: "0 * * * *",
}
