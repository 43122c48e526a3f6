import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteGradeStandardStep } from "../steps/delete-grade-standard"
import { validateGradeStandardChangeStep } from "../steps/validate-grade-standard-change"

export type DeleteGradeStandardWorkflowInput = { id: string }

export const deleteGradeStandardWorkflowId = "delete-grade-standard"

/**
 * This workflow soft-deletes a standard and its levels, refusing while any
 * variant grade uses them.
 *
 * @example
 * await deleteGradeStandardWorkflow(container).run({ input: { id: "gstd_123" } })
 */
export const deleteGradeStandardWorkflow = createWorkflow(
  deleteGradeStandardWorkflowId,
  (input: DeleteGradeStandardWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      change: "delete" as const,
    }))
    validateGradeStandardChangeStep(check)
    const id = deleteGradeStandardStep(input.id)
    return new WorkflowResponse(id)
  }
)
