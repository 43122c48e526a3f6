import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { validateVendorOwnsProductsStep } from "../steps/validate-vendor-owns-products"

export type DeleteVendorProductsWorkflowInput = {
  vendor_id: string
  product_ids: string[]
}

export const deleteVendorProductsWorkflowId = "delete-vendor-products"

/**
 * This workflow soft-deletes some of the co-op's own products.
 *
 * @example
 * await deleteVendorProductsWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_ids: ["prod_123"] },
 * })
 */
export const deleteVendorProductsWorkflow = createWorkflow(
  deleteVendorProductsWorkflowId,
  (input: DeleteVendorProductsWorkflowInput) => {
    validateVendorOwnsProductsStep(input)
    const ids = transform({ input }, ({ input }) => ({
      ids: input.product_ids,
    }))
    deleteProductsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse(input.product_ids)
  }
)
