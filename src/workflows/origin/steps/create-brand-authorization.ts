import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { BrandAuthorizationInput } from "../types"

export const createBrandAuthorizationStepId = "create-brand-authorization"

/** This step creates a brand authorization and deletes it on rollback. */
export const createBrandAuthorizationStep = createStep(
  createBrandAuthorizationStepId,
  async (input: BrandAuthorizationInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [created] = await origin.createBrandAuthorizations([input as never])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.deleteBrandAuthorizations(id)
  }
)
