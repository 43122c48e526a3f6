import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { BrandInput } from "../types"
import { previousFields } from "../../utils/previous-fields"

export type UpdateBrandStepInput = {
  id: string
  update: Partial<BrandInput>
}

export const updateBrandStepId = "update-brand"

/**
 * This step changes a brand and puts the previous values of the changed fields
 * back on rollback.
 */
export const updateBrandStep = createStep(
  updateBrandStepId,
  async (input: UpdateBrandStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [before] = await origin.listBrands({ id: input.id })
    const previous = {
      id: input.id,
      ...previousFields(before, input.update),
    }
    const [updated] = await origin.updateBrands([
      { id: input.id, ...input.update } as never,
    ])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.updateBrands([previous as never])
  }
)
