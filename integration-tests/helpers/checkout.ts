import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import { MARKETPLACE_MODULE } from "../../src/modules/marketplace"

/**
 * A published product of an approved co-op, in its shipping profile, sold
 * through the storefront channel and stocked at the co-op's location. It is
 * built with Medusa's workflows directly, so checkout tests do not depend on
 * the co-op console.
 */
export async function createVendorProduct(
  container: MedusaContainer,
  input: {
    vendor_id: string
    sales_channel_id: string
    title: string
    price: number
    stock: number
    sku?: string
    metadata?: Record<string, unknown>
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: ["id", "shipping_profile.id", "stock_location.id"],
    filters: { id: input.vendor_id },
  })
  const sku = input.sku ?? `SKU-${input.vendor_id}-${input.title}`
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: input.title,
          status: ProductStatus.PUBLISHED,
          metadata: input.metadata,
          shipping_profile_id: vendor.shipping_profile!.id,
          sales_channels: [{ id: input.sales_channel_id }],
          options: [{ title: "规格", values: ["5kg"] }],
          variants: [
            {
              title: "5kg",
              sku,
              options: { 规格: "5kg" },
              manage_inventory: true,
              prices: [{ amount: input.price, currency_code: "cny" }],
            },
          ],
        },
      ],
    },
  })
  await link.create({
    [MARKETPLACE_MODULE]: { vendor_id: vendor.id },
    [Modules.PRODUCT]: { product_id: product.id },
  })
  const {
    data: [item],
  } = await query.graph({
    entity: "inventory_item",
    fields: ["id"],
    filters: { sku },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: item.id,
          location_id: vendor.stock_location!.id,
          stocked_quantity: input.stock,
        },
      ],
    },
  })
  return { product, variant: product.variants[0], inventory_item_id: item.id }
}

export const SHIPPING_ADDRESS = {
  first_name: "晓梅",
  last_name: "李",
  address_1: "渝中区 解放碑 民族路 188 号",
  city: "重庆",
  province: "重庆市",
  postal_code: "400010",
  country_code: "cn",
  phone: "13800000000",
}

/**
 * Fills a cart through the store API: the variants, an address, each
 * co-op's own shipping option, and a system-provider payment session.
 */
export async function prepareCart(
  api: AxiosInstance,
  input: {
    publishableKey: string
    regionId: string
    lines: { variant_id: string; quantity: number }[]
    shippingProfileIds: string[]
    headers?: Record<string, string>
  }
) {
  const headers = {
    "x-publishable-api-key": input.publishableKey,
    ...(input.headers ?? {}),
  }
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: input.regionId,
      email: "xiaomei.li@example.com",
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
      items: input.lines,
    },
    { headers }
  )
  const {
    data: { shipping_options },
  } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })
  for (const profileId of input.shippingProfileIds) {
    // The co-op's delivery option; its pickup options need a point.
    const option = shipping_options.find(
      (o: any) =>
        o.shipping_profile_id === profileId && o.provider_id !== "pickup_pickup"
    )
    if (!option) {
      throw new Error(`No shipping option for profile ${profileId}`)
    }
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: option.id },
      { headers }
    )
  }
  const {
    data: { payment_collection },
  } = await api.post(
    "/store/payment-collections",
    { cart_id: cart.id },
    { headers }
  )
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    { headers }
  )
  return { cart_id: cart.id as string, headers }
}
