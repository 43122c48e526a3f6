import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import { overlappingAuthorization } from "../../../modules/origin/utils/authorization"
import { windowProblem } from "../../../modules/origin/utils/certification"
import type { BrandAuthorizationInput } from "../types"

export type ValidateBrandAuthorizationStepInput = {
  /** The authorization being edited; its co-op and brand never change. */
  id?: string
  authorization: Partial<BrandAuthorizationInput>
}

export const validateBrandAuthorizationStepId = "validate-brand-authorization"

/**
 * This step checks a new or edited authorization as it will be stored: the
 * co-op and the brand exist (404 otherwise), valid_from is before valid_to,
 * and no other authorization of the same co-op for the same brand overlaps
 * it. Returns the authorization after the change would apply.
 */
export const validateBrandAuthorizationStep = createStep(
  validateBrandAuthorizationStepId,
  async (input: ValidateBrandAuthorizationStepInput, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    let auth = input.authorization as BrandAuthorizationInput & { id?: string }
    if (input.id) {
      const [existing] = await origin.listBrandAuthorizations({ id: input.id })
      if (!existing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Brand authorization "${input.id}" was not found.`
        )
      }
      auth = {
        ...existing,
        brand_id: (existing as { brand_id: string }).brand_id,
        ...input.authorization,
      }
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [vendor] = await marketplace.listVendors(
      { id: auth.vendor_id },
      { select: ["id"] }
    )
    if (!vendor) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Co-op "${auth.vendor_id}" (vendor_id) was not found.`
      )
    }
    const [brand] = await origin.listBrands(
      { id: auth.brand_id },
      { select: ["id"] }
    )
    if (!brand) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Brand "${auth.brand_id}" (brand_id) was not found.`
      )
    }
    const problem = windowProblem(auth.valid_from, auth.valid_to)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    const siblings = await origin.listBrandAuthorizations({
      vendor_id: auth.vendor_id,
      brand_id: auth.brand_id,
    })
    const clash = overlappingAuthorization(
      siblings.map((s) => ({ ...s, brand_id: auth.brand_id })),
      { ...auth, id: input.id }
    )
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `valid_from–valid_to overlaps brand authorization "${clash.id}" of co-op "${auth.vendor_id}" for this brand (${new Date(clash.valid_from).toISOString()} to ${new Date(clash.valid_to).toISOString()}).`
      )
    }
    return new StepResponse(auth)
  }
)
