import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoStore } from "./data"

type Log = (message: string) => void

/**
 * Creates the demo location's fulfillment set, service zone and the
 * shipping options from data/demo/store.json that do not exist yet.
 */
export async function seedShippingOptions(
  container: MedusaContainer,
  data: DemoStore,
  ids: {
    regionId: string
    stockLocationId: string
    shippingProfileId: string
    log: Log
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [location],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { id: ids.stockLocationId },
  })

  let serviceZoneId = location.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (!serviceZoneId) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: ids.stockLocationId,
        fulfillment_set_data: {
          name: data.fulfillment_set.name,
          type: data.fulfillment_set.type,
        },
      },
    })
    const {
      data: [withSet],
    } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id"],
      filters: { id: ids.stockLocationId },
    })
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            name: data.fulfillment_set.service_zone,
            fulfillment_set_id: withSet.fulfillment_sets![0]!.id,
            geo_zones: [
              {
                type: "country",
                country_code: data.fulfillment_set.country_code,
              },
            ],
          },
        ],
      },
    })
    serviceZoneId = result[0].id
  }

  const { data: existing } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name"],
    filters: { service_zone_id: serviceZoneId },
  })
  const missing = data.shipping_options.filter(
    (option) => !existing.some((e) => e.name === option.name)
  )
  if (!missing.length) {
    ids.log(`shipping options: kept ${existing.length}`)
    return
  }
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((option) => ({
      name: option.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: serviceZoneId!,
      shipping_profile_id: ids.shippingProfileId,
      type: {
        label: option.name,
        description: option.description,
        code: option.code,
      },
      prices: [
        { currency_code: data.region.currency_code, amount: option.amount },
        { region_id: ids.regionId, amount: option.amount },
      ],
      rules: [
        {
          attribute: "enabled_in_store",
          value: "true",
          operator: "eq" as const,
        },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
  ids.log(`shipping options: created ${missing.length}`)
}
