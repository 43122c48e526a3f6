import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  isHandleEmpty,
  uniqueHandle,
} from "../../vendor-products/utils/product-handle"
import { vendorHandleBase } from "../utils/vendor-handle"

export type GenerateVendorHandleStepInput = {
  name: string
  handle?: string | null
}

export const generateVendorHandleStepId = "generate-vendor-handle"

/**
 * This step gives a co-op that left its handle empty a pinyin one from its
 * name, numbered (-2, -3, …) past the handles other co-ops hold, and
 * returns the handle to use. A handle the co-op chose is returned as is,
 * for the validate step to check. It writes nothing.
 */
export const generateVendorHandleStep = createStep(
  generateVendorHandleStepId,
  async (input: GenerateVendorHandleStepInput, { container }) => {
    if (!isHandleEmpty(input.handle)) {
      return new StepResponse(input.handle as string)
    }
    const base = vendorHandleBase(input.name)
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const existing = await marketplace.listVendors(
      { handle: { $like: `${base}%` } },
      { select: ["handle"], take: null }
    )
    const taken = new Set(existing.map((v) => v.handle))
    return new StepResponse(uniqueHandle(base, taken))
  }
)
