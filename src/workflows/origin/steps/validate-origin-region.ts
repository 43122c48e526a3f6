import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import {
  regionCodeProblem,
  regionParentProblem,
} from "../../../modules/origin/utils/regions"
import type { OriginRegionInput } from "../types"

export type ValidateOriginRegionStepInput = {
  /** The region being edited; its code never changes. */
  id?: string
  region: Partial<OriginRegionInput>
}

export const validateOriginRegionStepId = "validate-origin-region"

/**
 * This step checks a new or edited region: a GB/T 2260 code that fits its
 * level and is not taken, and a parent that exists in the same province.
 */
export const validateOriginRegionStep = createStep(
  validateOriginRegionStepId,
  async (input: ValidateOriginRegionStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const invalid = (message: string) =>
      new MedusaError(MedusaError.Types.INVALID_DATA, message)
    let code = input.region.code ?? ""
    let level = input.region.level
    if (input.id) {
      const [existing] = await origin.listOriginRegions({ id: input.id })
      if (!existing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Origin region "${input.id}" was not found.`
        )
      }
      code = existing.code
      level = level ?? existing.level
    } else {
      const [holder] = await origin.listOriginRegions({ code })
      if (holder) {
        throw invalid(
          `code "${code}" is already used by origin region "${holder.id}".`
        )
      }
    }
    const problem =
      regionCodeProblem(code, level!) ??
      regionParentProblem(code, input.region.parent_code)
    if (problem) {
      throw invalid(problem)
    }
    const parentCode = input.region.parent_code
    if (parentCode) {
      const [parent] = await origin.listOriginRegions({ code: parentCode })
      if (!parent) {
        throw invalid(
          `parent_code "${parentCode}" is not an existing origin region.`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
