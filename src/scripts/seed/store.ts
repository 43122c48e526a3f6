import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoStore, StoreSetup } from "./data"
import { findId, findOrCreate } from "./lookup"
import { seedShippingOptions } from "./shipping"

type Log = (message: string) => void

/**
 * Creates (or finds) the region, sales channel, publishable key, stock
 * location, shipping profile and shipping options of the demo store. Each
 * part is looked up by its name first, so running it again changes nothing.
 */
export async function seedStore(
  container: MedusaContainer,
  data: DemoStore,
  log: Log
): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id"] })

  const salesChannelId = await findOrCreate(
    log,
    "sales channel",
    () => findId(query, "sales_channel", { name: data.sales_channel.name }),
    async () => {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [data.sales_channel] },
      })
      return result[0].id
    }
  )

  const regionId = await findOrCreate(
    log,
    `region ${data.region.name}`,
    () => findId(query, "region", { name: data.region.name }),
    async () => {
      const paymentProviders = ["pp_system_default"]
      if (process.env.STRIPE_API_KEY) {
        paymentProviders.push("pp_stripe_stripe")
      }
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: data.region.name,
              currency_code: data.region.currency_code,
              countries: data.region.countries,
              is_tax_inclusive: data.region.is_tax_inclusive,
              payment_providers: paymentProviders,
              metadata: { name_en: data.region.name_en },
            },
          ],
        },
      })
      return result[0].id
    }
  )

  await findOrCreate(
    log,
    `tax region ${data.tax_region.country_code}`,
    () =>
      findId(query, "tax_region", {
        country_code: data.tax_region.country_code,
      }),
    async () => {
      const { result } = await createTaxRegionsWorkflow(container).run({
        input: [
          {
            country_code: data.tax_region.country_code,
            provider_id: data.tax_region.provider_id,
            default_tax_rate: data.tax_region.default_rate,
          },
        ],
      })
      return result[0].id
    }
  )

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: data.store.name,
        supported_currencies: [
          {
            currency_code: data.store.default_currency_code,
            is_default: true,
            // Chinese shelf prices include VAT; this makes the currency's
            // price preference tax inclusive, as the region's already is.
            is_tax_inclusive: data.region.is_tax_inclusive,
          },
        ],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })

  const { publishableKey } = await seedPublishableKey(
    container,
    data,
    salesChannelId,
    log
  )

  const stockLocationId = await findOrCreate(
    log,
    `stock location ${data.stock_location.name}`,
    () => findId(query, "stock_location", { name: data.stock_location.name }),
    async () => {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: data.stock_location.name,
              address: data.stock_location.address,
              metadata: {
                name_en: data.stock_location.name_en,
                region_code: data.stock_location.region_code,
                lat: data.stock_location.lat,
                lng: data.stock_location.lng,
              },
            },
          ],
        },
      })
      const id = result[0].id
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id, add: [salesChannelId] },
      })
      return id
    }
  )

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { default_location_id: stockLocationId },
    },
  })

  const shippingProfileId = await findOrCreate(
    log,
    "shipping profile",
    () =>
      findId(query, "shipping_profile", { name: data.shipping_profile.name }),
    async () => {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: { data: [data.shipping_profile] },
      })
      return result[0].id
    }
  )

  await seedShippingOptions(container, data, {
    regionId,
    stockLocationId,
    shippingProfileId,
    log,
  })

  return {
    storeId: store.id,
    regionId,
    salesChannelId,
    publishableKey,
    stockLocationId,
    shippingProfileId,
  }
}

async function seedPublishableKey(
  container: MedusaContainer,
  data: DemoStore,
  salesChannelId: string,
  log: Log
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Medusa creates its own "Default Publishable API Key" on first boot, bound
  // to an empty channel; ours is found by its title, never by position.
  const { data: existing } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { title: data.publishable_key.title, type: "publishable" },
  })
  if (existing.length) {
    log(`publishable key: kept`)
    return { publishableKey: existing[0].token as string }
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        {
          title: data.publishable_key.title,
          type: "publishable",
          created_by: "",
        },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  log(`publishable key: created`)
  return { publishableKey: result[0].token }
}
