import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateGradeStandardInput } from "../../../modules/grading/types"
import { createGradeStandardStep } from "../steps/create-grade-standard"
import { updateGradeStandardStep } from "../steps/update-grade-standard"
import { validateGradeStandardStep } from "../steps/validate-grade-standard"
import { validateGradeStandardChangeStep } from "../steps/validate-grade-standard-change"

export type SupersedeGradeStandardWorkflowInput = {
  /** The active standard being replaced. */
  id: string
  /** The new version; product_kind defaults to the old one's. */
  standard: Omit<
    CreateGradeStandardInput,
    "status" | "supersedes_id" | "product_kind"
  > & { product_kind?: string }
}

export const supersedeGradeStandardWorkflowId = "supersede-grade-standard"

/**
 * This workflow publishes a new version of a standard: a new row pointing
 * at the old one with `supersedes_id`, and the old one marked superseded.
 * The old standard and its levels stay, so grades already given keep
 * their meaning.
 *
 * @example
 * await supersedeGradeStandardWorkflow(container).run({
 *   input: { id: "gstd_123", standard: { code: "GB/T 21488-2026", ... } },
 * })
 */
export const supersedeGradeStandardWorkflow = createWorkflow(
  supersedeGradeStandardWorkflowId,
  (input: SupersedeGradeStandardWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      change: "supersede" as const,
    }))
    const previous = validateGradeStandardChangeStep(check)
    const data = transform({ input, previous }, ({ input, previous }) => ({
      ...input.standard,
      product_kind: input.standard.product_kind ?? previous.product_kind,
      status: "active" as const,
      supersedes_id: previous.id,
    }))
    validateGradeStandardStep({ standard: data })
    const standard = createGradeStandardStep(data)
    const mark = transform({ input }, ({ input }) => ({
      id: input.id,
      update: { status: "superseded" as const },
    }))
    updateGradeStandardStep(mark).config({
      name: "mark-grade-standard-superseded",
    })
    return new WorkflowResponse(standard)
  }
)
