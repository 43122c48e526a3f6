import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import type { CertificationInput } from "../types"
import { previousFields } from "../../utils/previous-fields"

export type UpdateCertificationStepInput = {
  id: string
  update: Partial<CertificationInput>
}

export const updateCertificationStepId = "update-certification"

/**
 * This step changes a certification and puts the previous values of the changed fields
 * back on rollback.
 */
export const updateCertificationStep = createStep(
  updateCertificationStepId,
  async (input: UpdateCertificationStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [before] = await origin.listCertifications({ id: input.id })
    const previous = {
      id: input.id,
      ...previousFields(before, input.update),
    }
    const [updated] = await origin.updateCertifications([
      { id: input.id, ...input.update } as never,
    ])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.updateCertifications([previous as never])
  }
)
