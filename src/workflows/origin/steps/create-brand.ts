import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { BrandInput } from "../types"

export const createBrandStepId = "create-brand"

/** This step creates a brand and deletes it on rollback. */
export const createBrandStep = createStep(
  createBrandStepId,
  async (input: BrandInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [created] = await origin.createBrands([input as never])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.deleteBrands(id)
  }
)
