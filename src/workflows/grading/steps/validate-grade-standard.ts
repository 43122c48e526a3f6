import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"
import type { CreateGradeStandardInput } from "../../../modules/grading/types"
import { standardProblems } from "../../../modules/grading/utils/criteria"

export type ValidateGradeStandardStepInput = {
  /** The standard as it will be stored, levels included. */
  standard: Omit<CreateGradeStandardInput, "levels"> & {
    levels: CreateGradeStandardInput["levels"]
  }
  /** The standard being edited, which may keep its own code. */
  id?: string
}

export const validateGradeStandardStepId = "validate-grade-standard"

/**
 * This step checks a standard's levels with the pure validator (unknown
 * metrics or units, bad ranges, overlapping levels) and that no other live
 * standard holds its code.
 */
export const validateGradeStandardStep = createStep(
  validateGradeStandardStepId,
  async (input: ValidateGradeStandardStepInput, { container }) => {
    const problems = standardProblems(input.standard)
    if (!input.standard.levels.length) {
      problems.unshift("levels must hold at least one level.")
    }
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Grade standard "${input.standard.code}" is invalid: ${problems.join(" ")}`
      )
    }
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const [holder] = await grading.listGradeStandards(
      { code: input.standard.code },
      { select: ["id"] }
    )
    if (holder && holder.id !== input.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `code "${input.standard.code}" is already used by grade standard "${holder.id}".`
      )
    }
    return new StepResponse(void 0)
  }
)
