import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type UpdateCommissionRuleStepInput = { id: string; rate: number }

export const updateCommissionRuleStepId = "update-commission-rule"

/**
 * This step changes a rule's rate and restores the previous rate on
 * rollback. Orders already placed keep the rate recorded on their lines.
 */
export const updateCommissionRuleStep = createStep(
  updateCommissionRuleStepId,
  async (input: UpdateCommissionRuleStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [previous] = await marketplace.listCommissionRules({ id: input.id })
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Commission rule "${input.id}" was not found.`
      )
    }
    const rule = await marketplace.updateCommissionRules({
      id: input.id,
      rate: input.rate,
    })
    return new StepResponse(rule, { id: previous.id, rate: previous.rate })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateCommissionRules(previous)
  }
)
