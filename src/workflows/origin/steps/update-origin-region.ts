import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { OriginRegionInput } from "../types"
import { previousFields } from "../../utils/previous-fields"

export type UpdateOriginRegionStepInput = {
  id: string
  update: Partial<OriginRegionInput>
}

export const updateOriginRegionStepId = "update-origin-region"

/**
 * This step changes an origin region and puts the previous values of the changed fields
 * back on rollback.
 */
export const updateOriginRegionStep = createStep(
  updateOriginRegionStepId,
  async (input: UpdateOriginRegionStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [before] = await origin.listOriginRegions({ id: input.id })
    const previous = {
      id: input.id,
      ...previousFields(before, input.update),
    }
    const [updated] = await origin.updateOriginRegions([
      { id: input.id, ...input.update } as never,
    ])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.updateOriginRegions([previous as never])
  }
)
