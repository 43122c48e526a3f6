import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { storeFields } from "../util/fields"
import { itemCount } from "../util/cart-form"
import { isNotFound } from "../util/medusa-error"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "./cookies"
import { getShopRegion } from "./regions"
import { englishNamesOf } from "./catalogue"
import { cartProductInfo } from "./vendors"
import type { Vendor } from "../../types/catalogue"

export const CART_FIELDS = storeFields(
  "id",
  "email",
  "region_id",
  "currency_code",
  "total",
  "subtotal",
  "item_total",
  "shipping_total",
  "tax_total",
  "completed_at",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection.payment_sessions",
  "metadata"
)

/** The shopper's open cart, or null. Never cached: it changes on every click. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) {
    return null
  }
  try {
    const { cart } = await sdk.client.fetch<{ cart: HttpTypes.StoreCart }>(
      `/store/carts/${id}`,
      {
        query: { fields: CART_FIELDS },
        headers: await getAuthHeaders(),
        cache: "no-store",
      }
    )
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

export type CoopGroup = {
  vendor: Vendor | null
  items: HttpTypes.StoreCartLineItem[]
  subtotal: number
  /** English product titles by product id (cart lines keep the Chinese one). */
  titlesEn: Record<string, string>
  /** English variant titles by variant id. */
  variantTitlesEn?: Record<string, string>
}

/** Cart lines grouped by co-op, in the order the shopper added them. */
export function groupItemsByVendor(
  items: HttpTypes.StoreCartLineItem[],
  vendors: Record<string, Vendor | null>,
  titlesEn: Record<string, string> = {},
  variantTitlesEn: Record<string, string> = {}
): CoopGroup[] {
  const groups = new Map<string, CoopGroup>()
  for (const item of items) {
    const vendor = (item.product_id && vendors[item.product_id]) || null
    const key = vendor?.id ?? "none"
    const group = groups.get(key) ?? {
      vendor,
      items: [],
      subtotal: 0,
      titlesEn,
      variantTitlesEn,
    }
    group.items.push(item)
    group.subtotal += Number(item.total ?? item.unit_price * item.quantity)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** A cart line's product title in the shopper's language. */
export function lineTitle(
  item: HttpTypes.StoreCartLineItem,
  group: CoopGroup,
  locale: string
): string {
  const en = item.product_id ? group.titlesEn[item.product_id] : undefined
  return (locale === "en" && en) || item.product_title || item.title
}

/** A cart line's variant name in the shopper's language. */
export function lineVariantTitle(
  item: HttpTypes.StoreCartLineItem,
  group: CoopGroup,
  locale: string
): string {
  const en = item.variant_id
    ? group.variantTitlesEn?.[item.variant_id]
    : undefined
  return (locale === "en" && en) || item.variant_title || ""
}

/** A co-op's name in the shopper's language (`name_en` from its metadata). */
export function coopName(
  vendor: { name?: string | null; name_en?: string | null } | null,
  locale: string
): string {
  return (locale === "en" && vendor?.name_en) || vendor?.name || ""
}

/**
 * How many items the open cart holds, for the header's badge: a narrow read
 * (quantities only), never cached. 0 without a cart.
 */
export async function retrieveCartCount(): Promise<number> {
  const id = await getCartId()
  if (!id) {
    return 0
  }
  try {
    const { cart } = await sdk.client.fetch<{
      cart: { completed_at?: string | null; items?: { quantity: number }[] }
    }>(`/store/carts/${id}`, {
      query: { fields: "id,completed_at,items.quantity" },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? 0 : itemCount(cart.items)
  } catch {
    return 0
  }
}

/**
 * The open cart with its lines grouped by co-op; in English, with the
 * English product, variant and co-op names the catalogue holds.
 */
export async function retrieveCartByCoop(locale?: string) {
  const cart = await retrieveCart()
  if (!cart) {
    return { cart: null, groups: [] as CoopGroup[] }
  }
  const items = [...(cart.items ?? [])].sort((a, b) =>
    String(a.created_at).localeCompare(String(b.created_at))
  )
  const [info, names] = await Promise.all([
    cartProductInfo(items.map((i) => i.product_id!).filter(Boolean)),
    locale === "en"
      ? englishNamesOf(items.map((i) => i.product_handle ?? ""))
      : null,
  ])
  const vendors: Record<string, Vendor | null> = {}
  const titlesEn: Record<string, string> = { ...names?.products }
  const variantTitlesEn: Record<string, string> = { ...names?.variants }
  for (const [id, product] of Object.entries(info)) {
    const vendor = product.vendor
    vendors[id] = vendor
      ? { ...vendor, name_en: names?.vendors[vendor.id] ?? null }
      : null
    if (product.title_en) {
      titlesEn[id] = product.title_en
    }
  }
  return {
    cart,
    groups: groupItemsByVendor(items, vendors, titlesEn, variantTitlesEn),
  }
}

export type ShippingOption = HttpTypes.StoreCartShippingOption & {
  vendor?: { id: string; name: string; handle: string } | null
  provider_id?: string
  data?: Record<string, unknown> | null
}

/** Each co-op's shipping options for the cart (GET /store/shipping-options). */
export async function listCartShippingOptions(
  cartId: string
): Promise<ShippingOption[]> {
  const { shipping_options } = await sdk.client.fetch<{
    shipping_options: ShippingOption[]
  }>("/store/shipping-options", {
    query: { cart_id: cartId },
    headers: await getAuthHeaders(),
    cache: "no-store",
  })
  return shipping_options
}

/** Pickup options are served by the `pickup` fulfillment provider. */
export function isPickupOption(option: ShippingOption): boolean {
  return (
    option.provider_id === "pickup_pickup" ||
    (option as { service_zone?: { fulfillment_set?: { type?: string } } })
      .service_zone?.fulfillment_set?.type === "pickup"
  )
}

async function openCartId(): Promise<string> {
  const existing = await getCartId()
  if (existing) {
    return existing
  }
  const region = await getShopRegion()
  const { cart } = await sdk.store.cart.create(
    { region_id: region?.id },
    { fields: "id" },
    await getAuthHeaders()
  )
  await setCartId(cart.id)
  return cart.id
}

/**
 * Adds a grade variant to the shopper's cart, opening a cart on first use
 * (and a new one when the old was completed or removed elsewhere).
 * Resolves to the number of items the cart then holds, for the badge.
 */
export async function addLineToCart(
  variantId: string,
  quantity: number
): Promise<number> {
  const add = async (cartId: string) =>
    sdk.store.cart.createLineItem(
      cartId,
      { variant_id: variantId, quantity },
      { fields: "id,items.quantity" },
      await getAuthHeaders()
    )
  let response
  try {
    response = await add(await openCartId())
  } catch (error) {
    if (!isNotFound(error)) {
      throw error
    }
    await removeCartId()
    response = await add(await openCartId())
  }
  return itemCount(response.cart.items)
}
