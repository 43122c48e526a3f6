import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import { giNumberProblem } from "../../../modules/origin/utils/certification"
import type { BrandInput } from "../types"

export type ValidateBrandStepInput = {
  /** The brand being edited. */
  id?: string
  brand: Partial<BrandInput>
}

export const validateBrandStepId = "validate-brand"

/**
 * This step checks a new or edited brand: a GI number of "AGI" + 5 digits
 * when present, region codes that exist, and a handle no other brand
 * holds. Returns the brand being edited, or null.
 */
export const validateBrandStep = createStep(
  validateBrandStepId,
  async (input: ValidateBrandStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const invalid = (message: string) =>
      new MedusaError(MedusaError.Types.INVALID_DATA, message)
    let existing: { id: string } | null = null
    if (input.id) {
      ;[existing] = await origin.listBrands({ id: input.id })
      if (!existing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Brand "${input.id}" was not found.`
        )
      }
    }
    const giProblem = giNumberProblem(input.brand.gi_number)
    if (giProblem) {
      throw invalid(giProblem)
    }
    const codes = [...new Set(input.brand.region_codes ?? [])]
    if (codes.length) {
      const found = await origin.listOriginRegions(
        { code: codes },
        { select: ["code"] }
      )
      const known = new Set(found.map((r) => r.code))
      const unknown = codes.filter((c) => !known.has(c))
      if (unknown.length) {
        throw invalid(
          `region_codes ${unknown.map((c) => `"${c}"`).join(", ")} are not existing origin regions.`
        )
      }
    }
    if (input.brand.handle) {
      const [holder] = await origin.listBrands(
        { handle: input.brand.handle },
        { select: ["id"] }
      )
      if (holder && holder.id !== input.id) {
        throw invalid(
          `handle "${input.brand.handle}" is already used by brand "${holder.id}".`
        )
      }
    }
    return new StepResponse(existing)
  }
)
