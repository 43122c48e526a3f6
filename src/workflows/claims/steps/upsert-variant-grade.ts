import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type UpsertVariantGradeStepInput = {
  variant_id: string
  level_id: string
  measured: Record<string, number>
  declared_by?: string | null
}

type Previous = {
  id: string
  level_id: string
  measured: Record<string, number>
  declared_by: string | null
  verified_at: Date | null
}

export const upsertVariantGradeStepId = "upsert-variant-grade"

/**
 * This step creates the variant's grade record, or replaces the level and
 * measurements of the one it has. A new declaration clears `verified_at`.
 */
export const upsertVariantGradeStep = createStep(
  upsertVariantGradeStepId,
  async (input: UpsertVariantGradeStepInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const [existing] = await grading.listVariantGrades({
      variant_id: input.variant_id,
    })
    const data = {
      level_id: input.level_id,
      measured: input.measured,
      declared_by: input.declared_by ?? null,
      verified_at: null,
    }
    if (existing) {
      const updated = await grading.updateVariantGrades({
        id: existing.id,
        ...data,
      })
      const previous: Previous = {
        id: existing.id,
        level_id: existing.level_id,
        measured: existing.measured as Record<string, number>,
        declared_by: existing.declared_by ?? null,
        verified_at: existing.verified_at ?? null,
      }
      return new StepResponse(
        { variant_grade: updated, created: false },
        { previous }
      )
    }
    const created = await grading.createVariantGrades({
      variant_id: input.variant_id,
      ...data,
    })
    return new StepResponse(
      { variant_grade: created, created: true },
      { created_id: created.id }
    )
  },
  async (
    compensation: { previous?: Previous; created_id?: string } | undefined,
    { container }
  ) => {
    if (!compensation) {
      return
    }
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    if (compensation.created_id) {
      await grading.deleteVariantGrades([compensation.created_id])
    }
    if (compensation.previous) {
      await grading.updateVariantGrades(compensation.previous)
    }
  }
)
