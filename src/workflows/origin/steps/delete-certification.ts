import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

export const deleteCertificationStepId = "delete-certification"

/** This step soft-deletes a certification and restores it on rollback; it returns the deleted record. */
export const deleteCertificationStep = createStep(
  deleteCertificationStepId,
  async (id: string, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [record] = await origin.listCertifications({ id })
    if (!record) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Certification "${id}" was not found.`
      )
    }
    await origin.softDeleteCertifications([id])
    return new StepResponse(record, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.restoreCertifications([id])
  }
)
