import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type CreateOrderGroupStepInput = {
  cart_id: string
  customer_id?: string | null
  email?: string | null
  currency_code: string
}

export const createOrderGroupStepId = "create-order-group"

/** This step records the order group of a checkout. */
export const createOrderGroupStep = createStep(
  createOrderGroupStepId,
  async (input: CreateOrderGroupStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const group = await marketplace.createOrderGroups(input)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteOrderGroups(id)
  }
)
