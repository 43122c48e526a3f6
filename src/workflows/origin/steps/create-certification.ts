import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { CertificationInput } from "../types"

export const createCertificationStepId = "create-certification"

/** This step creates a certification and deletes it on rollback. */
export const createCertificationStep = createStep(
  createCertificationStepId,
  async (input: CertificationInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [created] = await origin.createCertifications([input as never])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.deleteCertifications(id)
  }
)
