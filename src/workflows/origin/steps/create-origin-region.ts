import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { OriginRegionInput } from "../types"

export const createOriginRegionStepId = "create-origin-region"

/** This step creates an origin region and deletes it on rollback. */
export const createOriginRegionStep = createStep(
  createOriginRegionStepId,
  async (input: OriginRegionInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [created] = await origin.createOriginRegions([input as never])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.deleteOriginRegions(id)
  }
)
