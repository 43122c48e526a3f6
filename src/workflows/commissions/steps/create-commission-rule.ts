import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type CreateCommissionRuleStepInput = {
  scope: "default" | "category"
  category_id?: string | null
  rate: number
}

export const createCommissionRuleStepId = "create-commission-rule"

/** This step creates a commission rule and deletes it on rollback. */
export const createCommissionRuleStep = createStep(
  createCommissionRuleStepId,
  async (input: CreateCommissionRuleStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const rule = await marketplace.createCommissionRules({
      scope: input.scope,
      category_id: input.category_id ?? null,
      rate: input.rate,
    })
    return new StepResponse(rule, rule.id)
  },
  async (ruleId, { container }) => {
    if (!ruleId) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteCommissionRules(ruleId)
  }
)
