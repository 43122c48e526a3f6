import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"
import type { CreateGradeLevelInput } from "../../../modules/grading/types"
import { previousFields } from "../../utils/previous-fields"

export type GradeStandardFields = {
  code?: string
  title_zh?: string
  title_en?: string
  product_kind?: string
  verification?: "verified" | "unverified"
  source?: string
  status?: "active" | "superseded"
}

export type UpdateGradeStandardStepInput = {
  id: string
  update: GradeStandardFields
  /** When given, replaces every level of the standard. */
  levels?: CreateGradeLevelInput[]
}

type Previous = {
  id: string
  fields: GradeStandardFields
  removed_level_ids: string[]
  created_level_ids: string[]
}

export const updateGradeStandardStepId = "update-grade-standard"

/**
 * This step changes a standard's fields and, when asked, swaps its levels
 * for new ones (the old rows are soft-deleted). Rollback deletes the new
 * levels, restores the old ones and the previous field values.
 */
export const updateGradeStandardStep = createStep(
  updateGradeStandardStepId,
  async (input: UpdateGradeStandardStepInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const keys = Object.keys(input.update) as (keyof GradeStandardFields)[]
    const before = await grading.retrieveGradeStandard(input.id, {
      relations: ["levels"],
    })
    const previous: Previous = {
      id: input.id,
      fields: previousFields(before, input.update),
      removed_level_ids: [],
      created_level_ids: [],
    }
    if (keys.length) {
      await grading.updateGradeStandards({ id: input.id, ...input.update })
    }
    if (input.levels) {
      previous.removed_level_ids = before.levels.map((l) => l.id)
      await grading.softDeleteGradeLevels(previous.removed_level_ids)
      const created = await grading.createGradeLevels(
        input.levels.map((l) => ({ ...l, standard_id: input.id }))
      )
      previous.created_level_ids = created.map((l) => l.id)
    }
    const standard = await grading.retrieveGradeStandard(input.id, {
      relations: ["levels"],
    })
    return new StepResponse(standard, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    // New levels go first: they hold the codes the old ones get back.
    if (previous.created_level_ids.length) {
      await grading.deleteGradeLevels(previous.created_level_ids)
    }
    if (previous.removed_level_ids.length) {
      await grading.restoreGradeLevels(previous.removed_level_ids)
    }
    if (Object.keys(previous.fields).length) {
      await grading.updateGradeStandards({
        id: previous.id,
        ...previous.fields,
      })
    }
  }
)
