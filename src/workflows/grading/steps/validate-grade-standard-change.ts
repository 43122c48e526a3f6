import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type ValidateGradeStandardChangeStepInput = {
  id: string
  /** What the caller wants to do with the standard. */
  change: "update" | "replace_levels" | "delete" | "supersede"
}

export const validateGradeStandardChangeStepId =
  "validate-grade-standard-change"

/**
 * This step loads a standard (404 when missing) and refuses changes that
 * would rewrite history: its levels cannot be replaced or the standard
 * deleted while variant grades use them, and only an active standard can be
 * superseded. Returns the standard with its levels.
 */
export const validateGradeStandardChangeStep = createStep(
  validateGradeStandardChangeStepId,
  async (input: ValidateGradeStandardChangeStepInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const [standard] = await grading.listGradeStandards(
      { id: input.id },
      { relations: ["levels"] }
    )
    if (!standard) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Grade standard "${input.id}" was not found.`
      )
    }
    if (input.change === "supersede" && standard.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Grade standard "${standard.code}" is already superseded; supersede its newest version instead.`
      )
    }
    if (input.change === "replace_levels" || input.change === "delete") {
      const levelIds = standard.levels.map((l) => l.id)
      const [grades, count] = levelIds.length
        ? await grading.listAndCountVariantGrades(
            { level_id: levelIds },
            { select: ["id"], take: 1 }
          )
        : [[], 0]
      if (grades.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          input.change === "delete"
            ? `Grade standard "${standard.code}" cannot be deleted: ${count} variant grade(s) use its levels.`
            : `levels of grade standard "${standard.code}" cannot change while ${count} variant grade(s) use them; supersede the standard instead.`
        )
      }
    }
    return new StepResponse(standard)
  }
)
