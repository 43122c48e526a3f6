import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshCatalogueProductsStep } from "../steps/refresh-catalogue-products"
import type { CatalogueRefreshInput } from "../utils/refresh"

export const refreshCatalogueProductsWorkflowId = "refresh-catalogue-products"

/**
 * This workflow brings the catalogue rows of the products behind product,
 * variant, stock, co-op, brand or certificate ids up to date.
 *
 * @example
 * await refreshCatalogueProductsWorkflow(container).run({
 *   input: { vendor_ids: ["ven_123"] },
 * })
 */
export const refreshCatalogueProductsWorkflow = createWorkflow(
  refreshCatalogueProductsWorkflowId,
  (input: CatalogueRefreshInput) => {
    return new WorkflowResponse(refreshCatalogueProductsStep(input))
  }
)
