import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const releasePayablePayoutLinesStepId = "release-payable-payout-lines"

/**
 * This step moves pending ledger lines whose after-sales window has passed
 * to payable. Lines already moved are not touched again, so reruns are safe.
 */
export const releasePayablePayoutLinesStep = createStep(
  releasePayablePayoutLinesStepId,
  async (input: { now?: Date }, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const now = input.now ?? new Date()
    const due = await marketplace.listPayoutLines(
      { status: "pending", payable_after: { $lte: now } },
      { select: ["id"] }
    )
    if (!due.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const ids = due.map((line) => line.id)
    await marketplace.updatePayoutLines({
      selector: { id: ids },
      data: { status: "payable" },
    })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updatePayoutLines({
      selector: { id: ids },
      data: { status: "pending" },
    })
  }
)
