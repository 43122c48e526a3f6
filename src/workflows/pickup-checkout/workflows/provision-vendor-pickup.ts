import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createVendorFulfillmentSetStep } from "../../marketplace/steps/create-vendor-fulfillment-set"
import { PICKUP_PROVIDER_ID } from "../utils/rules"

export type ProvisionVendorPickupWorkflowInput = {
  name: string
  handle: string
  location_id: string
  profile_id: string
}

/**
 * A co-op's pickup options, one per temperature zone. Ambient pickup is
 * free; chilled and frozen cost ¥3 for the cold compartment.
 */
export const VENDOR_PICKUP_OPTIONS = [
  {
    zone: "ambient",
    name: "自提·常温 / Pickup · ambient",
    code: "pickup-ambient",
    description: "送到所选自提点，常温存放 / To your pickup point, ambient",
    amount: 0,
  },
  {
    zone: "chilled",
    name: "自提·冷藏 / Pickup · chilled",
    code: "pickup-chilled",
    description:
      "送到所选自提点，0–4 °C 冷藏格口 / To your pickup point, 0–4 °C",
    amount: 3,
  },
  {
    zone: "frozen",
    name: "自提·冷冻 / Pickup · frozen",
    code: "pickup-frozen",
    description:
      "送到所选自提点，−18 °C 冷冻格口 / To your pickup point, −18 °C",
    amount: 3,
  },
] as const

/** Service-zone names are unique platform-wide, hence the handle. */
export function pickupServiceZoneName(handle: string) {
  return `${handle} · 自提 / Pickup`
}

export const provisionVendorPickupWorkflowId = "provision-vendor-pickup"

/**
 * This workflow gives a co-op's stock location a fulfillment set of type
 * "pickup", enables the `pickup` provider there, and creates the three
 * pickup shipping options (自提·常温 / 冷藏 / 冷冻) on the co-op's profile.
 * Every step is compensated.
 */
export const provisionVendorPickupWorkflow = createWorkflow(
  provisionVendorPickupWorkflowId,
  (input: ProvisionVendorPickupWorkflowInput) => {
    const providerLink = transform({ input }, ({ input }): LinkDefinition[] => [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: PICKUP_PROVIDER_ID },
      },
    ])
    createRemoteLinkStep(providerLink)

    const setInput = transform({ input }, ({ input }) => ({
      stock_location_id: input.location_id,
      // Unique platform-wide, like the service zone: keyed on the handle.
      name: `co-op:${input.handle} · 自提 / Pickup`,
      metadata: { display_name: `${input.name} 自提 / Pickup` },
      type: "pickup" as const,
      service_zone: pickupServiceZoneName(input.handle),
      country_code: "cn",
    }))
    const pickupSet = createVendorFulfillmentSetStep(setInput)

    const optionInput = transform(
      { input, pickupSet },
      ({ input, pickupSet }) =>
        VENDOR_PICKUP_OPTIONS.map((option) => ({
          name: option.name,
          price_type: "flat" as const,
          provider_id: PICKUP_PROVIDER_ID,
          service_zone_id: pickupSet.service_zone_id,
          shipping_profile_id: input.profile_id,
          data: { zone: option.zone },
          type: {
            label: option.name,
            description: option.description,
            code: option.code,
          },
          prices: [{ currency_code: "cny", amount: option.amount }],
          rules: [
            {
              attribute: "enabled_in_store",
              value: "true",
              operator: "eq" as const,
            },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        }))
    )
    const options = createShippingOptionsWorkflow.runAsStep({
      input: optionInput,
    })
    return new WorkflowResponse({
      fulfillment_set_id: pickupSet.fulfillment_set_id,
      service_zone_id: pickupSet.service_zone_id,
      shipping_option_ids: transform({ options }, ({ options }) =>
        options.map((o) => o.id)
      ),
    })
  }
)
