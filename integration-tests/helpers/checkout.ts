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
import { PICKUP_MODULE } from "../../src/modules/pickup"

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

let pointSerial = 0

/** An active pickup point with the given compartments per temperature zone. */
export async function createPickupPoint(
  container: MedusaContainer,
  zones: Partial<Record<"ambient" | "chilled" | "frozen", number>>
) {
  pointSerial += 1
  const pickup = container.resolve(PICKUP_MODULE) as any
  const point = await pickup.createPickupPoints({
    handle: `checkout-point-${pointSerial}-${Date.now() % 100000}`,
    name_zh: `解放碑测试自提点 ${pointSerial}`,
    name_en: `Jiefangbei test point ${pointSerial}`,
    type: "community_store",
    address_zh: "渝中区 民族路 188 号",
    address_en: "188 Minzu Rd, Yuzhong",
    district_code: "500103",
    lat: 29.5575,
    lng: 106.5772,
    opening_hours: [
      { days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" },
    ],
    contact_name: "张姐",
    contact_phone: "023-6380-0000",
    status: "active",
  })
  await pickup.createPickupZones(
    Object.entries(zones).map(([zone, compartments]) => ({
      zone,
      compartments,
      point_id: point.id,
    }))
  )
  return point as { id: string }
}

/** A request of a storefront checkout that the backend refused. */
export type CheckoutFailure = {
  ok: false
  step: string
  status: number | undefined
  message: string
  /** 409 "try again" answers that were retried before this outcome. */
  busy: number
  requests: CheckoutRequest[]
}

/** One HTTP request of a checkout: its step, status and duration. */
export type CheckoutRequest = { step: string; status: number; ms: number }

export type CheckoutOutcome =
  | {
      ok: true
      cart_id: string
      order_group: any
      busy: number
      requests: CheckoutRequest[]
    }
  | (CheckoutFailure & { cart_id: string | null })

/** How often a shopper retries a `409 … try again` before giving up. */
const BUSY_RETRIES = 3

/**
 * One shopper's whole checkout as the storefront drives it, over HTTP:
 * create a cart, add each line, set email and address, list shipping
 * options, choose each co-op's pickup option at `pickupPointId`, create the
 * payment collection and a `pp_system_default` session, and complete.
 * Mutations ask for `fields=id`, as the storefront's actions do. A `409`
 * (the cart or a lock is busy) is retried, as the storefront would; any
 * other refusal ends the checkout and is returned with its step.
 */
export async function storefrontCheckout(
  api: AxiosInstance,
  input: {
    publishableKey: string
    regionId: string
    lines: { variant_id: string; quantity: number }[]
    pickupPointId: string
    email?: string
  }
): Promise<CheckoutOutcome> {
  const headers = { "x-publishable-api-key": input.publishableKey }
  const requests: CheckoutRequest[] = []
  let busy = 0
  let cartId: string | null = null

  const send = async (
    step: string,
    method: "get" | "post",
    url: string,
    body?: unknown
  ): Promise<any> => {
    for (let attempt = 0; ; attempt++) {
      const started = Date.now()
      try {
        const res =
          method === "get"
            ? await api.get(url, { headers })
            : await api.post(url, body ?? {}, { headers })
        requests.push({ step, status: res.status, ms: Date.now() - started })
        return res.data
      } catch (error: any) {
        const status = error.response?.status
        requests.push({ step, status: status ?? 0, ms: Date.now() - started })
        if (status === 409 && attempt < BUSY_RETRIES) {
          busy += 1
          continue
        }
        throw {
          ok: false,
          step,
          status,
          message: error.response?.data?.message ?? String(error.message),
          busy,
          requests,
        } satisfies CheckoutFailure
      }
    }
  }

  try {
    const { cart } = await send(
      "create cart",
      "post",
      "/store/carts?fields=id",
      { region_id: input.regionId }
    )
    cartId = cart.id as string
    for (const line of input.lines) {
      await send(
        "add line item",
        "post",
        `/store/carts/${cartId}/line-items?fields=id`,
        line
      )
    }
    await send(
      "set address and email",
      "post",
      `/store/carts/${cartId}?fields=id`,
      {
        email: input.email ?? "xiaomei.li@example.com",
        shipping_address: SHIPPING_ADDRESS,
        billing_address: SHIPPING_ADDRESS,
      }
    )
    const { shipping_options } = await send(
      "list shipping options",
      "get",
      `/store/shipping-options?cart_id=${cartId}`
    )
    // Each co-op's pickup option: one per shipping profile, the zone its
    // items need (the only pickup option listed for that co-op).
    const pickupOptions = (shipping_options as any[]).filter(
      (o) => o.provider_id === "pickup_pickup"
    )
    for (const option of pickupOptions) {
      await send(
        "add shipping method",
        "post",
        `/store/carts/${cartId}/shipping-methods?fields=id`,
        {
          option_id: option.id,
          data: { pickup_point_id: input.pickupPointId },
        }
      )
    }
    const { payment_collection } = await send(
      "create payment collection",
      "post",
      "/store/payment-collections?fields=id",
      { cart_id: cartId }
    )
    await send(
      "create payment session",
      "post",
      `/store/payment-collections/${payment_collection.id}/payment-sessions?fields=id`,
      { provider_id: "pp_system_default" }
    )
    const done = await send(
      "complete",
      "post",
      `/store/carts/${cartId}/complete`
    )
    return {
      ok: true,
      cart_id: cartId,
      order_group: done.order_group,
      busy,
      requests,
    }
  } catch (failure: any) {
    if (failure?.ok === false) {
      return { ...(failure as CheckoutFailure), cart_id: cartId }
    }
    throw failure
  }
}

/**
 * One line about a batch of checkouts: wall time, orders placed, 409s
 * retried, each kind of refusal with its count, and p50/max ms per step.
 */
export function summarizeCheckouts(
  outcomes: CheckoutOutcome[],
  seconds: number
) {
  const refusals = new Map<string, number>()
  for (const o of outcomes) {
    if (!o.ok) {
      const key = `${o.step} ${o.status}: ${o.message.slice(0, 70)}`
      refusals.set(key, (refusals.get(key) ?? 0) + 1)
    }
  }
  const bySteps = new Map<string, number[]>()
  for (const r of outcomes.flatMap((o) => o.requests)) {
    bySteps.set(r.step, [...(bySteps.get(r.step) ?? []), r.ms])
  }
  const p50 = (ms: number[]) =>
    [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]
  return [
    `${outcomes.length} checkouts in ${seconds.toFixed(1)} s:`,
    `${outcomes.filter((o) => o.ok).length} placed,`,
    `${outcomes.reduce((n, o) => n + o.busy, 0)} 409s retried;`,
    `refused: ${[...refusals].map(([k, n]) => `${n} × ${k}`).join("; ") || "none"};`,
    `p50/max ms: ${[...bySteps]
      .map(([step, ms]) => `${step} ${p50(ms)}/${Math.max(...ms)}`)
      .join(", ")}`,
  ].join(" ")
}
