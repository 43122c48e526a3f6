import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createAndLinkProductOptionsToProductWorkflow,
  deleteProductVariantsWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { validateVendorOwnsProductsStep } from "../steps/validate-vendor-owns-products"
import { validateVendorVariantRemovalStep } from "../steps/validate-vendor-variant-removal"

export type DeleteVendorProductVariantWorkflowInput = {
  vendor_id: string
  product_id: string
  variant_id: string
}

export const deleteVendorProductVariantWorkflowId =
  "delete-vendor-product-variant"

/**
 * This workflow removes a size from one of the co-op's products (its
 * inventory item and grade go with it) and stops offering the option
 * values no other size sells.
 *
 * @example
 * await deleteVendorProductVariantWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", variant_id: "variant_123" },
 * })
 */
export const deleteVendorProductVariantWorkflow = createWorkflow(
  deleteVendorProductVariantWorkflowId,
  (input: DeleteVendorProductVariantWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)
    const plan = validateVendorVariantRemovalStep(input)

    const ids = transform({ input }, ({ input }) => ({
      ids: [input.variant_id],
    }))
    deleteProductVariantsWorkflow.runAsStep({ input: ids })

    when(
      "retire-option-values",
      { plan },
      ({ plan }) => plan.option_updates.length > 0
    ).then(() => {
      const retire = transform({ plan, input }, ({ plan, input }) => ({
        product_id: input.product_id,
        update: plan.option_updates,
      }))
      createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: retire })
    })

    const event = transform({ input }, ({ input }) => ({
      eventName: CatalogueEvents.PRODUCTS_CHANGED,
      data: { product_ids: [input.product_id] },
    }))
    emitEventStep(event)

    return new WorkflowResponse(input.variant_id)
  }
)
