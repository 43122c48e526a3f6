import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

export const deleteBrandAuthorizationStepId = "delete-brand-authorization"

/** This step soft-deletes a brand authorization and restores it on rollback; it returns the deleted record. */
export const deleteBrandAuthorizationStep = createStep(
  deleteBrandAuthorizationStepId,
  async (id: string, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [record] = await origin.listBrandAuthorizations({ id })
    if (!record) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Brand authorization "${id}" was not found.`
      )
    }
    await origin.softDeleteBrandAuthorizations([id])
    return new StepResponse(record, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.restoreBrandAuthorizations([id])
  }
)
