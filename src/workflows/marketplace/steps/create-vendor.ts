import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type CreateVendorStepInput = {
  vendor: {
    name: string
    handle: string
    kind: "cooperative" | "family_farm" | "enterprise"
    credit_code: string
    region_code: string
    contact: Record<string, unknown>
    address?: Record<string, unknown> | null
    business_licence_no?: string | null
    food_licence_no?: string | null
    description_zh?: string | null
    description_en?: string | null
    logo?: string | null
    /** `name_en`: the co-op's English name, shown on the English shop. */
    metadata?: Record<string, unknown> | null
  }
  owner: { email: string; name: string }
}

export const createVendorStepId = "create-vendor"

/**
 * This step creates a co-op in `pending_review` with its owner as the first
 * active member.
 */
export const createVendorStep = createStep(
  createVendorStepId,
  async (input: CreateVendorStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const vendor = await marketplace.createVendors({
      ...input.vendor,
      status: "pending_review",
    })
    const owner = await marketplace.createVendorMembers({
      ...input.owner,
      role: "owner",
      status: "active",
      vendor_id: vendor.id,
    })
    return new StepResponse({ vendor, owner }, vendor.id)
  },
  async (vendorId, { container }) => {
    if (!vendorId) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteVendors(vendorId)
  }
)
