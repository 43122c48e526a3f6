import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const deleteCommissionRuleStepId = "delete-commission-rule"

/**
 * This step soft-deletes a commission rule and restores it on rollback.
 * Commission lines keep the rule's id and rate, so history stays readable.
 */
export const deleteCommissionRuleStep = createStep(
  deleteCommissionRuleStepId,
  async (id: string, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [rule] = await marketplace.listCommissionRules({ id })
    if (!rule) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Commission rule "${id}" was not found.`
      )
    }
    await marketplace.softDeleteCommissionRules(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.restoreCommissionRules(id)
  }
)
