import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  idsByStatus,
  type LedgerLineState,
  planPayoutLineCancellation,
} from "../utils/payout-line-cancellation"

export type CancelOrderPayoutLinesStepInput = { order_ids: string[] }

export type CancelOrderPayoutLinesStepOutput = {
  /** Lines this run cancelled; empty on a rerun. */
  cancelled_ids: string[]
  /** Paid lines left as they are (see planPayoutLineCancellation). */
  paid_ids: string[]
}

export const cancelOrderPayoutLinesStepId = "cancel-order-payout-lines"

/**
 * This step cancels the pending and payable ledger lines of canceled
 * orders, warns about paid ones, and restores each line's status on
 * rollback.
 */
export const cancelOrderPayoutLinesStep = createStep(
  cancelOrderPayoutLinesStepId,
  async (input: CancelOrderPayoutLinesStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    // Read under the co-op's payout lock, so a line cannot become paid
    // between this read and the update.
    const lines = (await marketplace.listPayoutLines(
      { order_id: input.order_ids },
      { select: ["id", "order_id", "status"] }
    )) as LedgerLineState[]
    const { cancel, paid } = planPayoutLineCancellation(lines)
    if (paid.length) {
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      for (const line of paid) {
        logger.warn(
          `Order "${line.order_id}" was canceled after its payout line "${line.id}" was paid; the line stays paid and the co-op's payout needs a manual adjustment.`
        )
      }
    }
    const output: CancelOrderPayoutLinesStepOutput = {
      cancelled_ids: cancel.map((l) => l.id),
      paid_ids: paid.map((l) => l.id),
    }
    if (!cancel.length) {
      return new StepResponse(output, [] as LedgerLineState[])
    }
    await marketplace.updatePayoutLines({
      selector: { id: output.cancelled_ids },
      data: { status: "cancelled" },
    })
    return new StepResponse(output, cancel)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    for (const [status, ids] of Object.entries(idsByStatus(previous))) {
      await marketplace.updatePayoutLines({
        selector: { id: ids },
        data: { status: status as LedgerLineState["status"] },
      })
    }
  }
)
