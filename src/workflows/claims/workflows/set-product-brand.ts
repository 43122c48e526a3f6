import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { validateVendorOwnsProductsStep } from "../../vendor-products/steps/validate-vendor-owns-products"
import { setProductBrandStep } from "../steps/set-product-brand"
import { validateBrandClaimStep } from "../steps/validate-brand-claim"

export type SetProductBrandWorkflowInput = {
  vendor_id: string
  product_id: string
  /** null takes the product off any brand. */
  brand_handle: string | null
}

export const setProductBrandWorkflowId = "set-product-brand"

/**
 * This workflow puts one of the co-op's products under an origin brand the
 * co-op is authorized for now, or clears its brand.
 *
 * @example
 * await setProductBrandWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", brand_handle: "fengjie-navel-orange" },
 * })
 */
export const setProductBrandWorkflow = createWorkflow(
  setProductBrandWorkflowId,
  (input: SetProductBrandWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)
    const { brand_id } = validateBrandClaimStep(input)

    const change = transform({ brand_id, input }, ({ brand_id, input }) => ({
      product_id: input.product_id,
      brand_id,
    }))
    const result = setProductBrandStep(change)

    const event = transform({ result, input }, ({ result, input }) => ({
      eventName: CatalogueEvents.PRODUCTS_CHANGED,
      data: {
        product_ids: [input.product_id],
        brand_ids: [...result.previous, result.brand_id].filter(
          (id): id is string => !!id
        ),
      },
    }))
    emitEventStep(event)

    return new WorkflowResponse(change)
  }
)
