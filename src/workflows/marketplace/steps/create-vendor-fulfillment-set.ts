import type { CreateFulfillmentSetDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CreateVendorFulfillmentSetStepInput = {
  stock_location_id: string
  /** Unique platform-wide, so keyed on the co-op's handle, never its name. */
  name: string
  /** What people see, e.g. `{ display_name }`; co-op names may repeat. */
  metadata?: Record<string, unknown>
  type: "shipping" | "pickup"
  service_zone: string
  country_code: string
}

export const createVendorFulfillmentSetStepId = "create-vendor-fulfillment-set"

/**
 * This step creates a fulfillment set with one country-wide service zone and
 * attaches it to the co-op's stock location.
 */
export const createVendorFulfillmentSetStep = createStep(
  createVendorFulfillmentSetStepId,
  async (input: CreateVendorFulfillmentSetStepInput, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    // The fulfillment_set model has a metadata column, but 2.21's
    // CreateFulfillmentSetDTO does not declare it.
    const data: CreateFulfillmentSetDTO & {
      metadata?: Record<string, unknown>
    } = {
      name: input.name,
      type: input.type,
      metadata: input.metadata,
      service_zones: [
        {
          name: input.service_zone,
          geo_zones: [{ type: "country", country_code: input.country_code }],
        },
      ],
    }
    const set = await fulfillment.createFulfillmentSets(data)
    const linkDef = {
      [Modules.STOCK_LOCATION]: { stock_location_id: input.stock_location_id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    }
    await link.create(linkDef)
    return new StepResponse(
      { fulfillment_set_id: set.id, service_zone_id: set.service_zones[0].id },
      { set_id: set.id, linkDef }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(compensation.linkDef)
    await fulfillment.deleteFulfillmentSets(compensation.set_id)
  }
)
