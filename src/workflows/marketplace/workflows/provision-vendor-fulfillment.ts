import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { provisionVendorPickupWorkflow } from "../../pickup-checkout/workflows/provision-vendor-pickup"
import { createVendorFulfillmentSetStep } from "../steps/create-vendor-fulfillment-set"

export type ProvisionVendorFulfillmentWorkflowInput = {
  vendor_id: string
  name: string
  handle: string
}

/** The delivery option every approved co-op starts with. */
export const VENDOR_DELIVERY_OPTION = {
  name: "合作社配送 / Co-op delivery",
  code: "coop-delivery",
  description: "由合作社直接配送 / Delivered by the co-op",
  amount: 8,
  currency_code: "cny",
}

export const provisionVendorFulfillmentWorkflowId =
  "provision-vendor-fulfillment"

/**
 * This workflow gives an approved co-op its own stock location (selling
 * through the storefront's sales channel), its own shipping profile, and a
 * delivery shipping option, so its items get their own shipping method,
 * plus a "pickup" fulfillment set with one option per temperature zone.
 */
export const provisionVendorFulfillmentWorkflow = createWorkflow(
  provisionVendorFulfillmentWorkflowId,
  (input: ProvisionVendorFulfillmentWorkflowInput) => {
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "query-store" })

    const locationInput = transform({ input }, ({ input }) => ({
      locations: [
        {
          name: `${input.name} 仓库`,
          metadata: { vendor_id: input.vendor_id },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({
      input: locationInput,
    })

    const profileInput = transform({ input }, ({ input }) => ({
      data: [{ name: `co-op:${input.handle}`, type: "vendor" }],
    }))
    const profiles = createShippingProfilesWorkflow.runAsStep({
      input: profileInput,
    })

    const ids = transform(
      { locations, profiles },
      ({ locations, profiles }) => ({
        location_id: locations[0].id,
        profile_id: profiles[0].id,
      })
    )

    const links = transform(
      { input, ids },
      ({ input, ids }): LinkDefinition[] => [
        {
          [MARKETPLACE_MODULE]: { vendor_id: input.vendor_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: ids.location_id },
        },
        {
          [MARKETPLACE_MODULE]: { vendor_id: input.vendor_id },
          [Modules.FULFILLMENT]: { shipping_profile_id: ids.profile_id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: ids.location_id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
        },
      ]
    )
    createRemoteLinkStep(links)

    const channelLink = transform({ ids, stores }, ({ ids, stores }) => ({
      id: ids.location_id,
      add: stores[0]?.default_sales_channel_id
        ? [stores[0].default_sales_channel_id]
        : [],
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: channelLink })

    const setInput = transform({ input, ids }, ({ input, ids }) => ({
      stock_location_id: ids.location_id,
      // Fulfillment-set names are unique and co-op names are not: two
      // co-ops may both be called 测试合作社, so key on the handle.
      name: `co-op:${input.handle} · 配送 / Delivery`,
      metadata: {
        vendor_id: input.vendor_id,
        display_name: `${input.name} 配送 / Delivery`,
      },
      type: "shipping" as const,
      // Service zone names are unique across the platform.
      service_zone: `${input.handle} · 中国大陆 / Mainland China`,
      country_code: "cn",
    }))
    const fulfillmentSet = createVendorFulfillmentSetStep(setInput)

    const optionInput = transform(
      { fulfillmentSet, ids },
      ({ fulfillmentSet, ids }) => [
        {
          name: VENDOR_DELIVERY_OPTION.name,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSet.service_zone_id,
          shipping_profile_id: ids.profile_id,
          type: {
            label: VENDOR_DELIVERY_OPTION.name,
            description: VENDOR_DELIVERY_OPTION.description,
            code: VENDOR_DELIVERY_OPTION.code,
          },
          prices: [
            {
              currency_code: VENDOR_DELIVERY_OPTION.currency_code,
              amount: VENDOR_DELIVERY_OPTION.amount,
            },
          ],
          rules: [
            {
              attribute: "enabled_in_store",
              value: "true",
              operator: "eq" as const,
            },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        },
      ]
    )
    createShippingOptionsWorkflow.runAsStep({ input: optionInput })

    const pickupInput = transform({ input, ids }, ({ input, ids }) => ({
      name: input.name,
      handle: input.handle,
      location_id: ids.location_id,
      profile_id: ids.profile_id,
    }))
    provisionVendorPickupWorkflow.runAsStep({ input: pickupInput })

    // Drafts saved while the co-op was pending review have no shipping
    // profile yet; give them the new one so they can be sold.
    const { data: owned } = useQueryGraphStep({
      entity: "vendor",
      fields: ["products.id"],
      filters: { id: input.vendor_id },
    }).config({ name: "query-vendor-products" })
    when("attach-profile-to-drafts", { owned }, ({ owned }) => {
      return (owned[0]?.products ?? []).length > 0
    }).then(() => {
      const update = transform({ owned, ids }, ({ owned, ids }) => ({
        selector: {
          id: (owned[0]?.products ?? []).map((p: any) => p.id as string),
        },
        update: { shipping_profile_id: ids.profile_id },
      }))
      updateProductsWorkflow.runAsStep({ input: update })
    })

    return new WorkflowResponse(ids)
  }
)
