import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

export const deleteOriginRegionStepId = "delete-origin-region"

/** This step soft-deletes an origin region and restores it on rollback; it returns the deleted record. */
export const deleteOriginRegionStep = createStep(
  deleteOriginRegionStepId,
  async (id: string, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [record] = await origin.listOriginRegions({ id })
    if (!record) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Origin region "${id}" was not found.`
      )
    }
    await origin.softDeleteOriginRegions([id])
    return new StepResponse(record, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.restoreOriginRegions([id])
  }
)
