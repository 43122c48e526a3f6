import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { BrandAuthorizationInput } from "../types"
import { previousFields } from "../../utils/previous-fields"

export type UpdateBrandAuthorizationStepInput = {
  id: string
  update: Partial<BrandAuthorizationInput>
}

export const updateBrandAuthorizationStepId = "update-brand-authorization"

/**
 * This step changes a brand authorization and puts the previous values of the changed fields
 * back on rollback.
 */
export const updateBrandAuthorizationStep = createStep(
  updateBrandAuthorizationStepId,
  async (input: UpdateBrandAuthorizationStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [before] = await origin.listBrandAuthorizations({ id: input.id })
    const previous = {
      id: input.id,
      ...previousFields(before, input.update),
    }
    const [updated] = await origin.updateBrandAuthorizations([
      { id: input.id, ...input.update } as never,
    ])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.updateBrandAuthorizations([previous as never])
  }
)
