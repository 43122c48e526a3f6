import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProductVariantStepInput = {
  product_id: string
  variant_id: string
}

export const validateProductVariantStepId = "validate-product-variant"

/**
 * This step checks that the variant belongs to the (already owned)
 * product, so a co-op cannot reach another co-op's variant through its own
 * product's path.
 */
export const validateProductVariantStep = createStep(
  validateProductVariantStepId,
  async (input: ValidateProductVariantStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: input.variant_id, product_id: input.product_id },
    })
    if (!variants.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant "${input.variant_id}" was not found.`
      )
    }
    return new StepResponse(undefined)
  }
)
