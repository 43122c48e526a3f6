import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type VendorProductAction,
  vendorProductProblem,
} from "../utils/vendor-product-rules"

export type ValidateVendorCanSellStepInput = {
  vendor: { id: string; name: string; status: string }
  action: VendorProductAction
  /** The product statuses the action would set, if any. */
  product_statuses?: (string | null | undefined)[]
  /** Whether the action sets stock, which needs the co-op's stock location. */
  sets_stock?: boolean
  stock_location_id?: string | null
}

export const validateVendorCanSellStepId = "validate-vendor-can-sell"

/**
 * This step checks that the co-op's status allows the action on its
 * products: only active co-ops publish, co-ops under review keep drafts.
 */
export const validateVendorCanSellStep = createStep(
  validateVendorCanSellStepId,
  async (input: ValidateVendorCanSellStepInput) => {
    const problem = vendorProductProblem(
      input.vendor,
      input.action,
      (input.product_statuses ?? []).filter((s): s is string => !!s)
    )
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    if (input.sets_stock && !input.stock_location_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `additional_data.stock cannot be set yet: co-op "${input.vendor.name}" (${input.vendor.id}) gets its stock location when it is approved. 合作社审核通过后才能设置库存。`
      )
    }
    return new StepResponse(undefined)
  }
)
