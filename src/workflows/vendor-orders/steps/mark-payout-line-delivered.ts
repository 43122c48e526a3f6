import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const markPayoutLineDeliveredStepId = "mark-payout-line-delivered"

/**
 * This step starts the after-sales window on an order's ledger line once
 * every item of the order has been delivered (or picked up). The line turns
 * payable when the window has passed (see the release-payable-payouts job).
 * With `restart_window` (the pickup handover) a pending line's window
 * restarts now even if it had started: a pickup order is delivered when it
 * is collected, whatever marked it delivered before.
 */
export const markPayoutLineDeliveredStep = createStep(
  markPayoutLineDeliveredStepId,
  async (
    input: { order_id: string; restart_window?: boolean },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.detail.quantity",
        "items.detail.delivered_quantity",
      ],
      filters: { id: input.order_id },
    })
    const allDelivered = (order?.items ?? []).every((item: any) =>
      MathBN.gte(
        item.detail?.delivered_quantity ?? 0,
        item.detail?.quantity ?? 0
      )
    )
    const [line] = await marketplace.listPayoutLines({
      order_id: input.order_id,
    })
    const restart = input.restart_window === true && line?.status === "pending"
    if (!allDelivered || !line || (line.delivered_at && !restart)) {
      return new StepResponse(null)
    }
    const { after_sales_window_hours } = await marketplace.getSettings()
    const deliveredAt = new Date()
    await marketplace.updatePayoutLines({
      id: line.id,
      delivered_at: deliveredAt,
      payable_after: new Date(
        deliveredAt.getTime() + after_sales_window_hours * 3600 * 1000
      ),
    })
    return new StepResponse(line.id, {
      id: line.id,
      delivered_at: line.delivered_at ?? null,
      payable_after: line.payable_after ?? null,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updatePayoutLines(previous)
  }
)
