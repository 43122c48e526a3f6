import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type CatalogueRefreshInput,
  refreshCatalogueProducts,
  resolveProductIds,
} from "../utils/refresh"

export const refreshCatalogueProductsStepId = "refresh-catalogue-products"

/**
 * This step rebuilds the catalogue rows of the products behind the given
 * ids. It has no compensation: rows are derived data, rewritten whole from
 * the source modules, so running it again is the undo.
 */
export const refreshCatalogueProductsStep = createStep(
  refreshCatalogueProductsStepId,
  async (input: CatalogueRefreshInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = await resolveProductIds(query, input)
    const result = await refreshCatalogueProducts(container, productIds)
    return new StepResponse({ product_ids: productIds, ...result })
  }
)
