import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CreateVendorFulfillmentSetStepInput = {
  stock_location_id: string
  name: string
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
    const set = await fulfillment.createFulfillmentSets({
      name: input.name,
      type: input.type,
      service_zones: [
        {
          name: input.service_zone,
          geo_zones: [{ type: "country", country_code: input.country_code }],
        },
      ],
    })
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
