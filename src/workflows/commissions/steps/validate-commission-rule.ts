import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ValidateCommissionRuleStepInput = {
  scope: "default" | "category"
  category_id?: string | null
}

export const validateCommissionRuleStepId = "validate-commission-rule"

/**
 * This step checks that a new rule targets an existing product category (or
 * is the default) and that no rule exists yet for the same target.
 */
export const validateCommissionRuleStep = createStep(
  validateCommissionRuleStepId,
  async (input: ValidateCommissionRuleStepInput, { container }) => {
    const categoryId = input.category_id ?? null
    if (input.scope === "category" && !categoryId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `category_id is required when scope is "category".`
      )
    }
    if (input.scope === "default" && categoryId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `category_id must be empty when scope is "default".`
      )
    }
    if (categoryId) {
      const products = container.resolve(Modules.PRODUCT)
      const [category] = await products.listProductCategories(
        { id: categoryId },
        { select: ["id"] }
      )
      if (!category) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `category_id "${categoryId}" is not an existing product category.`
        )
      }
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [existing] = await marketplace.listCommissionRules({
      scope: input.scope,
      category_id: categoryId,
    })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.scope === "default"
          ? `scope "default" already has a rule ("${existing.id}"); change its rate instead.`
          : `category_id "${categoryId}" already has a rule ("${existing.id}"); change its rate instead.`
      )
    }
    return new StepResponse(void 0)
  }
)
