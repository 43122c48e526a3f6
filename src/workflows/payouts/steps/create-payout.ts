import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type CreatePayoutStepInput = {
  vendor_id: string
  currency_code: string
  amount: number
  reference?: string | null
  note?: string | null
  recorded_by: string
}

export const createPayoutStepId = "create-payout"

/** This step records a payout and deletes it on rollback. */
export const createPayoutStep = createStep(
  createPayoutStepId,
  async (input: CreatePayoutStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const payout = await marketplace.createPayouts({
      vendor_id: input.vendor_id,
      currency_code: input.currency_code,
      amount: input.amount,
      reference: input.reference ?? null,
      note: input.note ?? null,
      recorded_by: input.recorded_by,
    })
    return new StepResponse(payout, payout.id)
  },
  async (payoutId, { container }) => {
    if (!payoutId) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deletePayouts(payoutId)
  }
)
