import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { rebuildCatalogueStep } from "../steps/rebuild-catalogue"

export const rebuildCatalogueWorkflowId = "rebuild-catalogue"

/**
 * This workflow rebuilds the whole catalogue read model, after a seed or a
 * bulk import that emitted no events.
 *
 * @example
 * const { result } = await rebuildCatalogueWorkflow(container).run()
 */
export const rebuildCatalogueWorkflow = createWorkflow(
  rebuildCatalogueWorkflowId,
  () => {
    return new WorkflowResponse(rebuildCatalogueStep())
  }
)
