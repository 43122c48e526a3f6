import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type VendorProductAction,
  vendorProductProblem,
} from "../utils/vendor-product-rules"

export type ValidateVendorCanSellStepInput = {
  vendor_id: string
  action: VendorProductAction
  /** The product statuses the action would set, if any. */
  product_statuses?: (string | null | undefined)[]
  /** Whether the action sets stock, which needs the co-op's stock location. */
  sets_stock?: boolean
}

/** The co-op as the catalogue workflows need it. */
export type SellingVendor = {
  id: string
  name: string
  status: string
  stock_location_id: string | null
  shipping_profile_id: string | null
}

export const validateVendorCanSellStepId = "validate-vendor-can-sell"

/**
 * This step loads the co-op and checks that its status allows the action on
 * its products: only active co-ops publish, co-ops under review keep
 * drafts, and stock needs the location approval gives. It returns the
 * co-op, so the workflows that act on its catalogue read it once.
 */
export const validateVendorCanSellStep = createStep(
  validateVendorCanSellStepId,
  async (input: ValidateVendorCanSellStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [row],
    } = await query.graph({
      entity: "vendor",
      fields: [
        "id",
        "name",
        "status",
        "stock_location.id",
        "shipping_profile.id",
      ],
      filters: { id: input.vendor_id },
    })
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Vendor "${input.vendor_id}" was not found.`
      )
    }
    const vendor: SellingVendor = {
      id: row.id,
      name: row.name,
      status: row.status,
      stock_location_id: row.stock_location?.id ?? null,
      shipping_profile_id: row.shipping_profile?.id ?? null,
    }
    const problem = vendorProductProblem(
      vendor,
      input.action,
      (input.product_statuses ?? []).filter((s): s is string => !!s)
    )
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    if (input.sets_stock && !vendor.stock_location_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `additional_data.stock cannot be set yet: co-op "${vendor.name}" (${vendor.id}) gets its stock location when it is approved. 合作社审核通过后才能设置库存。`
      )
    }
    return new StepResponse(vendor)
  }
)
