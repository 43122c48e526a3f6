import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import VendorProductLink from "../../../links/vendor-product"

export type ValidateVendorOwnsProductsStepInput = {
  vendor_id: string
  product_ids: string[]
}

export const validateVendorOwnsProductsStepId = "validate-vendor-owns-products"

/**
 * This step checks that every product belongs to the co-op. Another co-op's
 * product, or one that does not exist, is reported as not found so that a
 * co-op learns nothing about other co-ops' catalogues.
 */
export const validateVendorOwnsProductsStep = createStep(
  validateVendorOwnsProductsStepId,
  async (input: ValidateVendorOwnsProductsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = [...new Set(input.product_ids)]
    const { data: links } = await query.graph({
      entity: VendorProductLink.entryPoint,
      fields: ["product_id"],
      filters: { vendor_id: input.vendor_id, product_id: ids },
    })
    const linked = links.map((l: { product_id: string }) => l.product_id)
    const { data: products } = linked.length
      ? await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { id: linked },
        })
      : { data: [] }
    const found = new Set(products.map((p: { id: string }) => p.id))
    const missing = ids.find((id) => !found.has(id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product "${missing}" was not found.`
      )
    }
    return new StepResponse(ids)
  }
)
