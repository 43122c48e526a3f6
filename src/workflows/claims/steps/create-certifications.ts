import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

export type CreateCertificationsStepInput = Parameters<
  OriginModuleService["createCertifications"]
>[0] &
  unknown[]

export const createCertificationsStepId = "create-certifications"

/** This step creates certificates; the compensation deletes them. */
export const createCertificationsStep = createStep(
  createCertificationsStepId,
  async (input: CreateCertificationsStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const created = await origin.createCertifications(input)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) {
      return
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    await origin.deleteCertifications(ids)
  }
)
