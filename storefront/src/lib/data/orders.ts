import "server-only"
import { sdk } from "../config"
import { storeFields } from "../util/fields"
import { englishNamesOf, type EnglishNames } from "./catalogue"
import { isNotFound } from "../util/medusa-error"
import { getAuthHeaders } from "./cookies"
import type { OpeningHours } from "../../types/catalogue"

export type PickupView = {
  point: {
    id: string
    name_zh?: string
    name_en?: string
    type?: string
    address_zh?: string
    address_en?: string | null
    opening_hours?: OpeningHours
    contact_phone?: string
  }
  zone: string
  arrival_date?: string
  parcel: {
    id: string
    status: string
    compartment?: string | null
    eta?: string | null
    ready_at?: string | null
    deadline_at?: string | null
    picked_up_at?: string | null
  } | null
  code?: string | null
  /** What the pickup QR encodes; set with `code`. */
  qr_payload?: string | null
}

export type StoreOrder = {
  id: string
  display_id: number
  status: string
  fulfillment_status?: string
  payment_status?: string
  email: string
  currency_code: string
  created_at: string
  total: number
  items: {
    id: string
    title: string
    product_id?: string | null
    product_handle?: string | null
    variant_id?: string | null
    variant_title?: string | null
    subtitle?: string | null
    thumbnail?: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  shipping_methods?: {
    id: string
    name: string
    amount: number
    data?: Record<string, unknown>
  }[]
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
    province?: string | null
    city?: string | null
    address_1?: string | null
  } | null
  /** Set at checkout: `delivery` on an order its co-op delivers. */
  metadata?: { delivery?: { arrival_date?: string } } | null
  vendor?: { id: string; name: string; handle: string } | null
  order_group?: { id: string; display_id: number } | null
  pickup?: PickupView | null
}

export const ORDER_FIELDS = storeFields(
  "id",
  "display_id",
  "status",
  "fulfillment_status",
  "payment_status",
  "email",
  "currency_code",
  "created_at",
  "total",
  "*items",
  "*shipping_methods",
  "*shipping_address"
)

export async function listCustomerOrders(): Promise<StoreOrder[]> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) {
    return []
  }
  const { orders } = await sdk.client.fetch<{ orders: StoreOrder[] }>(
    "/store/orders",
    {
      query: { fields: ORDER_FIELDS, order: "-created_at", limit: 50 },
      headers,
      cache: "no-store",
    }
  )
  return orders
}

/** One order: the owner's (or a guest order by its id), with its pickup view. */
export async function retrieveOrder(id: string): Promise<StoreOrder | null> {
  try {
    const { order } = await sdk.client.fetch<{ order: StoreOrder }>(
      `/store/orders/${id}`,
      {
        query: { fields: ORDER_FIELDS },
        headers: await getAuthHeaders(),
        cache: "no-store",
      }
    )
    return order
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/**
 * The English names of orders' lines and co-ops (from the catalogue); empty
 * outside English.
 */
export async function englishNames(
  orders: StoreOrder[],
  locale: string
): Promise<EnglishNames> {
  if (locale !== "en") {
    return { products: {}, variants: {}, vendors: {} }
  }
  return englishNamesOf(
    orders.flatMap((o) => o.items.map((i) => i.product_handle ?? ""))
  )
}

/** An order line's product and variant names, English where known. */
export function orderLineNames(
  item: StoreOrder["items"][number],
  names: EnglishNames
): { title: string; variant: string | null } {
  const title =
    (item.product_id && names.products[item.product_id]) || item.title
  const variant =
    (item.variant_id && names.variants[item.variant_id]) ||
    item.variant_title ||
    (item.subtitle && item.subtitle !== item.title ? item.subtitle : null)
  return { title, variant: variant && variant !== title ? variant : null }
}

/** The order's co-op name, English where known. */
export function orderCoopName(order: StoreOrder, names: EnglishNames) {
  return (order.vendor && names.vendors[order.vendor.id]) || order.vendor?.name
}
