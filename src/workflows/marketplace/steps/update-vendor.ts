import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

/** Profile fields a co-op or the platform may change after registration. */
export type VendorProfileUpdate = {
  name?: string
  contact?: Record<string, unknown>
  address?: Record<string, unknown> | null
  description_zh?: string | null
  description_en?: string | null
  logo?: string | null
  business_licence_no?: string | null
  food_licence_no?: string | null
  commission_rate?: number | null
}

export type UpdateVendorStepInput = {
  vendor_id: string
  update: VendorProfileUpdate
}

export const updateVendorStepId = "update-vendor"

/**
 * This step updates a co-op's profile and puts the previous values of the
 * changed fields back on rollback.
 */
export const updateVendorStep = createStep(
  updateVendorStepId,
  async (input: UpdateVendorStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [before] = await marketplace.listVendors({ id: input.vendor_id })
    if (!before) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Co-op "${input.vendor_id}" was not found.`
      )
    }
    const keys = Object.keys(input.update) as (keyof VendorProfileUpdate)[]
    const previous = Object.fromEntries(
      keys.map((key) => [key, before[key] ?? null])
    )
    const vendor = await marketplace.updateVendors({
      id: input.vendor_id,
      ...input.update,
    })
    return new StepResponse(vendor, { id: input.vendor_id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateVendors({
      id: compensation.id,
      ...compensation.previous,
    })
  }
)
