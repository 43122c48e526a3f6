import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  nextVendorStatus,
  type VendorStatus,
  type VendorStatusAction,
} from "../utils/vendor-status"

export type UpdateVendorStatusStepInput = {
  vendor_id: string
  action: VendorStatusAction
  reason: string
  actor_id: string
}

export const updateVendorStatusStepId = "update-vendor-status"

/**
 * This step moves a co-op to the status the action leads to, records who did
 * it and why, and restores the previous status on rollback.
 */
export const updateVendorStatusStep = createStep(
  updateVendorStatusStepId,
  async (input: UpdateVendorStatusStepInput, { container }) => {
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const vendor = await marketplace.retrieveVendor(input.vendor_id)
    const from = vendor.status as VendorStatus
    const next = nextVendorStatus(from, input.action)
    if ("error" in next) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.error)
    }
    const previous = {
      status: from,
      status_reason: vendor.status_reason,
      status_changed_by: vendor.status_changed_by,
      status_changed_at: vendor.status_changed_at,
    }
    const updated = await marketplace.updateVendors({
      id: vendor.id,
      status: next.to,
      status_reason: input.reason,
      status_changed_by: input.actor_id,
      status_changed_at: new Date(),
    })
    const change = await marketplace.createVendorStatusChanges({
      vendor_id: vendor.id,
      from_status: from,
      to_status: next.to,
      reason: input.reason,
      changed_by: input.actor_id,
    })
    return new StepResponse(
      { vendor: updated, from, to: next.to },
      { vendor_id: vendor.id, previous, change_id: change.id }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteVendorStatusChanges(compensation.change_id)
    await marketplace.updateVendors({
      id: compensation.vendor_id,
      ...compensation.previous,
    })
  }
)
