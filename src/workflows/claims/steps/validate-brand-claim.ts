import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import { refuse } from "../../../utils/refusal"
import { brandClaimRefusal, type ClaimStatus } from "../utils/claim-rules"

export type ValidateBrandClaimStepInput = {
  vendor_id: string
  /** null clears the product's brand, which needs no authorization. */
  brand_handle: string | null
}

export const validateBrandClaimStepId = "validate-brand-claim"

/**
 * This step finds the brand and checks that the co-op holds a live
 * authorization for it now; otherwise a 400 names the brand.
 */
export const validateBrandClaimStep = createStep(
  validateBrandClaimStepId,
  async (input: ValidateBrandClaimStepInput, { container }) => {
    if (input.brand_handle === null) {
      return new StepResponse({ brand_id: null as string | null })
    }
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [brand] = await origin.listBrands({ handle: input.brand_handle })
    if (!brand) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Brand "${input.brand_handle}" was not found.`
      )
    }
    const authorizations = await origin.listBrandAuthorizations({
      vendor_id: input.vendor_id,
      brand_id: brand.id,
    })
    const refusal = brandClaimRefusal(
      brand,
      authorizations.map((a) => ({ ...a, status: a.status as ClaimStatus })),
      input.vendor_id,
      new Date()
    )
    if (refusal) {
      throw refuse([refusal])
    }
    return new StepResponse({ brand_id: brand.id as string | null })
  }
)
