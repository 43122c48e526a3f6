import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type MarkPayoutLinesPaidStepInput = {
  payout_id: string
  line_ids: string[]
}

export const markPayoutLinesPaidStepId = "mark-payout-lines-paid"

/**
 * This step marks validated payable lines as paid by a payout, and puts
 * them back to payable on rollback.
 */
export const markPayoutLinesPaidStep = createStep(
  markPayoutLinesPaidStepId,
  async (input: MarkPayoutLinesPaidStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const lines = await marketplace.updatePayoutLines({
      selector: { id: input.line_ids },
      data: { status: "paid", paid_at: new Date(), payout_id: input.payout_id },
    })
    return new StepResponse(lines, input.line_ids)
  },
  async (lineIds, { container }) => {
    if (!lineIds?.length) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    // Only payable lines reach this step, so payable is the state to restore.
    await marketplace.updatePayoutLines({
      selector: { id: lineIds },
      data: { status: "payable", paid_at: null, payout_id: null },
    })
  }
)
