import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export const deleteGradeStandardStepId = "delete-grade-standard"

/**
 * This step soft-deletes a standard with its levels and restores both on
 * rollback.
 */
export const deleteGradeStandardStep = createStep(
  deleteGradeStandardStepId,
  async (id: string, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    await grading.softDeleteGradeStandards([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    await grading.restoreGradeStandards([id])
  }
)
