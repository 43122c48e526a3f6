import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"
import type { Criterion } from "../../../modules/grading/utils/criteria"
import { invalidField, invalidFields } from "../../../utils/refusal"
import { gradeClaimProblems, type Measurement } from "../utils/claim-rules"

export type ValidateVariantGradeClaimStepInput = {
  product_id: string
  variant_id: string
  standard_code: string
  level_code: string
  measurements: Measurement[]
}

export type VariantGradeClaim = {
  variant_id: string
  level_id: string
  measured: Record<string, number>
}

export const validateVariantGradeClaimStepId = "validate-variant-grade-claim"

/**
 * This step checks that the standard is current and that the measurements
 * meet the level: a 400 names each metric, bound and value that fails, in
 * its message and as field refusals.
 */
export const validateVariantGradeClaimStep = createStep(
  validateVariantGradeClaimStepId,
  async (input: ValidateVariantGradeClaimStepInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const [standard] = await grading.listGradeStandards(
      { code: input.standard_code },
      { relations: ["levels"] }
    )
    if (!standard) {
      throw invalidField(
        `standard_code: "${input.standard_code}" is not a known grade standard.`,
        "standard_code",
        "unknown_standard",
        { standard: input.standard_code }
      )
    }
    const definition = {
      ...standard,
      levels: standard.levels.map((l) => ({
        ...l,
        criteria: l.criteria as unknown as Criterion[],
      })),
    }
    const { problems, refusals, measured } = gradeClaimProblems(
      definition,
      input.level_code,
      input.measurements
    )
    if (problems.length) {
      throw invalidFields(problems.join(" "), refusals)
    }
    const level = standard.levels.find((l) => l.code === input.level_code)!
    return new StepResponse<VariantGradeClaim>({
      variant_id: input.variant_id,
      level_id: level.id,
      measured,
    })
  }
)
