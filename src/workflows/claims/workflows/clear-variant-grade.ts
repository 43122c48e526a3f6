import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  dismissRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { GRADING_MODULE } from "../../../modules/grading"
import { CatalogueEvents } from "../../catalogue/events"
import { validateVendorOwnsProductsStep } from "../../vendor-products/steps/validate-vendor-owns-products"
import { validateProductVariantStep } from "../steps/validate-product-variant"
import { deleteVariantGradeStep } from "../steps/delete-variant-grade"

export type ClearVariantGradeWorkflowInput = {
  vendor_id: string
  product_id: string
  variant_id: string
}

export const clearVariantGradeWorkflowId = "clear-variant-grade"

/**
 * This workflow removes the grade from one of the co-op's variants.
 *
 * @example
 * await clearVariantGradeWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", variant_id: "variant_123" },
 * })
 */
export const clearVariantGradeWorkflow = createWorkflow(
  clearVariantGradeWorkflowId,
  (input: ClearVariantGradeWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)
    validateProductVariantStep(input)
    const ids = deleteVariantGradeStep(input)

    const links = transform({ ids, input }, ({ ids, input }) =>
      ids.map((id) => ({
        [Modules.PRODUCT]: { product_variant_id: input.variant_id },
        [GRADING_MODULE]: { variant_grade_id: id },
      }))
    )
    dismissRemoteLinkStep(links)

    const event = transform({ input }, ({ input }) => ({
      eventName: CatalogueEvents.PRODUCTS_CHANGED,
      data: { product_ids: [input.product_id] },
    }))
    emitEventStep(event)

    return new WorkflowResponse(ids)
  }
)
