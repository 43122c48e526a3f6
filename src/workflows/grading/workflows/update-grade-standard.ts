import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateGradeLevelInput } from "../../../modules/grading/types"
import {
  type GradeStandardFields,
  updateGradeStandardStep,
} from "../steps/update-grade-standard"
import { validateGradeStandardStep } from "../steps/validate-grade-standard"
import { validateGradeStandardChangeStep } from "../steps/validate-grade-standard-change"

export type UpdateGradeStandardWorkflowInput = {
  id: string
  update: Omit<GradeStandardFields, "status">
  /** Replaces every level; refused while variant grades use the old ones. */
  levels?: CreateGradeLevelInput[]
}

export const updateGradeStandardWorkflowId = "update-grade-standard"

/**
 * This workflow corrects a standard's fields or levels. Levels in use are
 * never rewritten: such a change is a new standard that supersedes this one.
 *
 * @example
 * await updateGradeStandardWorkflow(container).run({
 *   input: { id: "gstd_123", update: { verification: "verified" } },
 * })
 */
export const updateGradeStandardWorkflow = createWorkflow(
  updateGradeStandardWorkflowId,
  (input: UpdateGradeStandardWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      change: input.levels ? ("replace_levels" as const) : ("update" as const),
    }))
    const existing = validateGradeStandardChangeStep(check)
    const definition = transform(
      { input, existing },
      ({ input, existing }) => ({
        id: input.id,
        standard: {
          code: input.update.code ?? existing.code,
          title_zh: input.update.title_zh ?? existing.title_zh,
          title_en: input.update.title_en ?? existing.title_en,
          product_kind: input.update.product_kind ?? existing.product_kind,
          verification: input.update.verification ?? existing.verification,
          source: input.update.source ?? existing.source,
          levels:
            input.levels ??
            existing.levels.map((l) => ({
              code: l.code,
              name_zh: l.name_zh,
              name_en: l.name_en,
              rank: l.rank,
              tolerance_pct: l.tolerance_pct,
              criteria: l.criteria,
            })),
        },
      })
    )
    validateGradeStandardStep(definition)
    const standard = updateGradeStandardStep(input)
    return new WorkflowResponse(standard)
  }
)
