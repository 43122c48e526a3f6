import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type DeleteVariantGradeStepInput = { variant_id: string }

export const deleteVariantGradeStepId = "delete-variant-grade"

/**
 * This step soft-deletes the variant's grade record, if any, and returns
 * its id; the compensation restores it.
 */
export const deleteVariantGradeStep = createStep(
  deleteVariantGradeStepId,
  async (input: DeleteVariantGradeStepInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const existing = await grading.listVariantGrades(
      { variant_id: input.variant_id },
      { select: ["id"] }
    )
    const ids = existing.map((g) => g.id)
    if (ids.length) {
      await grading.softDeleteVariantGrades(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) {
      return
    }
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    await grading.restoreVariantGrades(ids)
  }
)
