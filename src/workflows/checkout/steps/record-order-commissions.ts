import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  commissionRecords,
  type PlacedOrder,
} from "../utils/commission-records"

export type RecordOrderCommissionsStepInput = {
  orders: PlacedOrder[]
  vendors: Record<string, { id: string; commission_rate?: number | null }>
  /** order id → vendor id */
  orderVendor: Record<string, string>
  categoriesByProduct: Record<string, string[]>
}

export const recordOrderCommissionsStepId = "record-order-commissions"

/**
 * This step records, for each placed co-op order, its commission lines at
 * the rates in force now and its pending line in the payout ledger.
 */
export const recordOrderCommissionsStep = createStep(
  recordOrderCommissionsStepId,
  async (input: RecordOrderCommissionsStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const rules = await marketplace.listCommissionRules({})
    const { default_commission_rate } = await marketplace.getSettings()
    const records = input.orders.map((order) =>
      commissionRecords({
        order,
        vendor: input.vendors[input.orderVendor[order.id]],
        categoriesByProduct: input.categoriesByProduct,
        rules: rules as any,
        fallbackRate: default_commission_rate,
      })
    )
    const lines = await marketplace.createCommissionLines(
      records.flatMap((r) => r.lines)
    )
    const payouts = await marketplace.createPayoutLines(
      records.map((r) => r.payout)
    )
    return new StepResponse(
      { commission_lines: lines, payout_lines: payouts },
      {
        line_ids: lines.map((l) => l.id),
        payout_ids: payouts.map((p) => p.id),
      }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteCommissionLines(created.line_ids)
    await marketplace.deletePayoutLines(created.payout_ids)
  }
)
