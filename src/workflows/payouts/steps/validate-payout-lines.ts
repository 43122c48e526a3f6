import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ValidatePayoutLinesStepInput = {
  vendor_id: string
  payout_line_ids: string[]
}

export const validatePayoutLinesStepId = "validate-payout-lines"

/**
 * This step checks that the co-op exists and that every line exists,
 * belongs to it, is payable and shares one currency. It returns the
 * payout's currency and amount (the sum of the lines' net).
 */
export const validatePayoutLinesStep = createStep(
  validatePayoutLinesStepId,
  async (input: ValidatePayoutLinesStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [vendor] = await marketplace.listVendors({ id: input.vendor_id })
    if (!vendor) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Vendor "${input.vendor_id}" was not found.`
      )
    }
    const ids = [...new Set(input.payout_line_ids)]
    const lines = await marketplace.listPayoutLines({ id: ids })
    const byId = new Map(lines.map((l) => [l.id, l]))
    for (const id of ids) {
      const line = byId.get(id)
      if (!line) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `payout_line_ids: line "${id}" does not exist.`
        )
      }
      if (line.vendor_id !== input.vendor_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `payout_line_ids: line "${id}" belongs to another co-op, not to vendor "${input.vendor_id}".`
        )
      }
      if (line.status !== "payable") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `payout_line_ids: line "${id}" is ${line.status}; only payable lines can be paid.`
        )
      }
    }
    const currencies = [...new Set(lines.map((l) => l.currency_code))]
    if (currencies.length > 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `payout_line_ids: the lines are in several currencies (${currencies.join(", ")}); record one payout per currency.`
      )
    }
    const amount = lines.reduce(
      (sum, l) => MathBN.add(sum, l.net),
      MathBN.convert(0)
    )
    return new StepResponse({
      line_ids: ids,
      currency_code: currencies[0],
      amount: amount.toNumber(),
    })
  }
)
