import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"
import {
  asStandardCreateInput,
  type CreateGradeStandardInput,
} from "../../../modules/grading/types"

export type CreateGradeStandardStepInput = CreateGradeStandardInput

export const createGradeStandardStepId = "create-grade-standard"

/** This step creates a standard with its levels and deletes both on rollback. */
export const createGradeStandardStep = createStep(
  createGradeStandardStepId,
  async (input: CreateGradeStandardStepInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const [standard] = await grading.createGradeStandards(
      asStandardCreateInput([input])
    )
    return new StepResponse(standard, standard.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    await grading.deleteGradeStandards(id)
  }
)
