import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { validateVendorOwnsProductsStep } from "../../vendor-products/steps/validate-vendor-owns-products"
import { validateCertificationClaimsStep } from "../steps/validate-certification-claims"

export type UpdateProductCertificationsWorkflowInput = {
  vendor_id: string
  product_id: string
  add: string[]
  remove: string[]
}

export const updateProductCertificationsWorkflowId =
  "update-product-certifications"

/**
 * This workflow attaches the co-op's own valid certificates to one of its
 * products and detaches others.
 *
 * @example
 * await updateProductCertificationsWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", add: ["cert_123"], remove: [] },
 * })
 */
export const updateProductCertificationsWorkflow = createWorkflow(
  updateProductCertificationsWorkflowId,
  (input: UpdateProductCertificationsWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)
    const links = validateCertificationClaimsStep(input)

    const toRemove = transform({ links }, ({ links }) => links.to_remove)
    dismissRemoteLinkStep(toRemove)
    const toAdd = transform({ links }, ({ links }) => links.to_add)
    createRemoteLinkStep(toAdd)

    const event = transform({ input }, ({ input }) => ({
      eventName: CatalogueEvents.PRODUCTS_CHANGED,
      data: {
        product_ids: [input.product_id],
        certification_ids: [...input.add, ...input.remove],
      },
    }))
    emitEventStep(event)

    return new WorkflowResponse(links)
  }
)
