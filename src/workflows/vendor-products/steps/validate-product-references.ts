import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProductReferencesStepInput = {
  product_id: string
  variant_ids: string[]
  option_ids: string[]
}

export const validateProductReferencesStepId = "validate-product-references"

/**
 * This step checks that the variants and options a product update names by
 * id are the product's own. Medusa's update would otherwise move another
 * product's variant (another co-op's, even) onto this one.
 */
export const validateProductReferencesStep = createStep(
  validateProductReferencesStepId,
  async (input: ValidateProductReferencesStepInput, { container }) => {
    if (!input.variant_ids.length && !input.option_ids.length) {
      return new StepResponse(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id", "options.id"],
      filters: { id: input.product_id },
    })
    const own = (list?: { id: string }[] | null) =>
      new Set((list ?? []).map((r) => r.id))
    const variants = own(product?.variants)
    const options = own(product?.options)
    const variant = input.variant_ids.find((id) => !variants.has(id))
    if (variant) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variants: variant "${variant}" is not a variant of product "${input.product_id}".`
      )
    }
    const option = input.option_ids.find((id) => !options.has(id))
    if (option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `options: option "${option}" is not an option of product "${input.product_id}".`
      )
    }
    return new StepResponse(null)
  }
)
