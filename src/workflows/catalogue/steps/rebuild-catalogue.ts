import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildCatalogue } from "../utils/refresh"

export const rebuildCatalogueStepId = "rebuild-catalogue"

/**
 * This step rebuilds every catalogue row and drops rows of products that
 * are gone. Like the refresh, it is idempotent and has no compensation.
 */
export const rebuildCatalogueStep = createStep(
  rebuildCatalogueStepId,
  async (_input: void, { container }) => {
    return new StepResponse(await rebuildCatalogue(container))
  }
)
