import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { invalidField, RefusalError } from "../../../utils/refusal"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  planVariantOptions,
  type VariantOptionPlan,
} from "../utils/variant-options"
import { productOptionsState } from "../utils/variant-state"

export type ValidateVendorVariantStepInput = {
  product_id: string
  variant: {
    title: string
    sku?: string | null
    options?: Record<string, string> | null
    manage_inventory?: boolean
    stocked_quantity?: number
  }
  vendor: { id: string; name: string; stock_location_id?: string | null }
}

export const validateVendorVariantStepId = "validate-vendor-variant"

/**
 * This step checks a new size of one of the co-op's (already owned)
 * products: its option values against the product's options and sizes, its
 * SKU against every variant, and that starting stock has a location to go
 * to. It answers which option values the product must offer first.
 */
export const validateVendorVariantStep = createStep(
  validateVendorVariantStepId,
  async (input: ValidateVendorVariantStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { options, variants } = await productOptionsState(
      query,
      input.product_id
    )
    const plan = planVariantOptions(
      input.product_id,
      input.variant,
      options,
      variants
    )
    if ("problem" in plan) {
      throw invalidField(plan.problem, "options", "variant_options")
    }
    const sku = input.variant.sku
    if (sku) {
      const { data: taken } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku },
      })
      if (taken.length) {
        throw new RefusalError(
          MedusaError.Types.DUPLICATE_ERROR,
          `sku "${sku}" is already used by another variant; SKUs are unique across the market, so choose another.`,
          [{ field: "sku", rule: "taken", values: {} }]
        )
      }
    }
    if (
      input.variant.stocked_quantity !== undefined &&
      !input.vendor.stock_location_id
    ) {
      throw invalidField(
        `stocked_quantity cannot be set yet: co-op "${input.vendor.name}" (${input.vendor.id}) gets its stock location when it is approved. 合作社审核通过后才能设置库存。`,
        "stocked_quantity",
        "stock_not_yet",
        {}
      )
    }
    return new StepResponse<VariantOptionPlan>(plan)
  }
)
