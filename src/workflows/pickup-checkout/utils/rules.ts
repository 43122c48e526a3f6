import {
  isPickupZone,
  PICKUP_ZONES,
  type PickupZoneName,
} from "../../../modules/pickup-fulfillment/utils/data"

/** The provider id of pickup shipping options (provider `pickup`, id `pickup`). */
export const PICKUP_PROVIDER_ID = "pickup_pickup"

/** A product's temperature class: `metadata.temperature_class`, ambient by default. */
export function temperatureClassOf(
  metadata: Record<string, unknown> | null | undefined
): PickupZoneName {
  const value = metadata?.temperature_class
  return isPickupZone(value) ? value : "ambient"
}

/**
 * The zone one co-op's parcel needs: the coldest class among its items
 * (a parcel sits in one compartment, so chilled with frozen goes frozen).
 */
export function zoneNeeded(
  items: { product?: { metadata?: Record<string, unknown> | null } | null }[]
): PickupZoneName {
  let coldest = 0
  for (const item of items) {
    const index = PICKUP_ZONES.indexOf(
      temperatureClassOf(item.product?.metadata)
    )
    coldest = Math.max(coldest, index)
  }
  return PICKUP_ZONES[coldest]
}

/** Asia/Shanghai is UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** Orders placed at or after this Shanghai hour arrive a day later. */
export const ORDER_CUTOFF_HOUR = 23

/**
 * The expected arrival day at the point, `YYYY-MM-DD` in Asia/Shanghai:
 * "今日下单 次日自提" — the next day, or the day after when ordered at or
 * after 23:00 (the usual group-buying cutoff, notes/domain.md §4.1).
 */
export function expectedArrivalDate(
  now: Date,
  cutoffHour: number = ORDER_CUTOFF_HOUR
): string {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
  const days = local.getUTCHours() >= cutoffHour ? 2 : 1
  local.setUTCDate(local.getUTCDate() + days)
  return local.toISOString().slice(0, 10)
}

export const ZONE_LABELS: Record<PickupZoneName, string> = {
  ambient: "常温 / ambient",
  chilled: "冷藏 / chilled",
  frozen: "冷冻 / frozen",
}

/** The rule locker delivery must name when consent is missing. */
export const LOCKER_CONSENT_RULE =
  "《快递市场管理办法》（交通运输部令2023年第22号，2024年3月1日起施行）规定未经用户同意不得投递智能快件箱 / the Express Delivery Market Regulations (MoT Order 2023 No. 22, in force 1 March 2024) forbid delivery into a smart locker without the customer's consent"

type ShippingOptionLike = {
  provider_id?: string | null
  shipping_profile_id?: string | null
  data?: Record<string, unknown> | null
}

/** The zone a pickup option serves, or null for any other option. */
export function pickupOptionZone(
  option: ShippingOptionLike
): PickupZoneName | null {
  if (option.provider_id !== PICKUP_PROVIDER_ID) {
    return null
  }
  const zone = option.data?.zone
  return isPickupZone(zone) ? zone : null
}

/**
 * Keeps every non-pickup option, and of each co-op's (shipping profile's)
 * pickup options only the one for the zone its items need.
 */
export function keepMatchingPickupOptions<T extends ShippingOptionLike>(
  options: T[],
  zoneByProfile: Map<string, PickupZoneName>
): T[] {
  return options.filter((option) => {
    if (option.provider_id !== PICKUP_PROVIDER_ID) {
      return true
    }
    const needed = zoneByProfile.get(option.shipping_profile_id ?? "")
    return !!needed && pickupOptionZone(option) === needed
  })
}

/** Zone needed per shipping profile, from a cart's items. */
export function zonesByProfile(
  items: {
    product?: {
      shipping_profile_id?: string | null
      shipping_profile?: { id: string } | null
      metadata?: Record<string, unknown> | null
    } | null
  }[]
): Map<string, PickupZoneName> {
  const grouped = new Map<string, typeof items>()
  for (const item of items) {
    const profile =
      item.product?.shipping_profile?.id ?? item.product?.shipping_profile_id
    if (!profile) {
      continue
    }
    grouped.set(profile, [...(grouped.get(profile) ?? []), item])
  }
  return new Map(
    [...grouped].map(([profile, list]) => [profile, zoneNeeded(list)])
  )
}

/** What an order placed to a pickup point records in `metadata.pickup`. */
export type OrderPickupInfo = {
  point_id: string
  zone: PickupZoneName
  arrival_date: string
  locker_consent_at: string | null
}

type PlannedOrder = {
  items: { metadata?: Record<string, unknown> | null }[]
  shipping_methods: {
    data?: Record<string, unknown> | null
    shipping_option_id?: string | null
  }[]
}

type CartForPickup = {
  items?: {
    id: string
    product?: { metadata?: Record<string, unknown> | null } | null
  }[]
  shipping_methods?: {
    id?: string
    shipping_option_id?: string | null
    shipping_option?: { provider_id?: string | null } | null
  }[]
}

/**
 * For each planned co-op order (same order as `orders`), its pickup info, or
 * null when it ships by another option. The zone comes from the items being
 * ordered; `pickupMethodProblem` has refused a cart whose pickup option
 * no longer matches them.
 */
export function planOrderPickups(
  cart: CartForPickup,
  orders: PlannedOrder[],
  now: Date
): (OrderPickupInfo | null)[] {
  const cartItems = new Map((cart.items ?? []).map((i) => [i.id, i]))
  const pickupOptionIds = new Set(
    (cart.shipping_methods ?? [])
      .filter((m) => m.shipping_option?.provider_id === PICKUP_PROVIDER_ID)
      .map((m) => m.shipping_option_id)
  )
  const arrival = expectedArrivalDate(now)
  return orders.map((order) => {
    const method = order.shipping_methods.find((m) =>
      pickupOptionIds.has(m.shipping_option_id)
    )
    const pointId = method?.data?.pickup_point_id
    if (!method || typeof pointId !== "string") {
      return null
    }
    const items = order.items.map((line) => ({
      product: cartItems.get(line.metadata?.cart_line_item_id as string)
        ?.product,
    }))
    const consentAt = method.data?.locker_consent_at
    return {
      point_id: pointId,
      zone: zoneNeeded(items),
      arrival_date: arrival,
      locker_consent_at:
        method.data?.locker_consent === true && typeof consentAt === "string"
          ? consentAt
          : null,
    }
  })
}

type CartForPickupCheck = {
  id: string
  items?: {
    title?: string | null
    product_title?: string | null
    product?: {
      metadata?: Record<string, unknown> | null
      vendor?: { shipping_profile?: { id: string } | null } | null
    } | null
  }[]
  shipping_methods?: {
    name?: string | null
    data?: Record<string, unknown> | null
    shipping_option?: ShippingOptionLike & { name?: string | null }
  }[]
}

/**
 * Why the cart's pickup methods cannot be placed as they stand, or null:
 * a pickup method without a point, or one whose option is for another zone
 * than its co-op's items now need (a chilled item added after ambient ¥0
 * pickup was chosen, or the only chilled item removed). The message names
 * the item that decides the zone, and the zone.
 */
export function pickupMethodProblem(cart: CartForPickupCheck): string | null {
  for (const method of cart.shipping_methods ?? []) {
    const option = method.shipping_option
    if (option?.provider_id !== PICKUP_PROVIDER_ID) {
      continue
    }
    const name = method.name ?? option.name ?? "pickup"
    const pointId = method.data?.pickup_point_id
    if (typeof pointId !== "string" || !pointId.trim()) {
      return `shipping_methods: "${name}" has no data.pickup_point_id; choose a pickup point again (POST /store/carts/${cart.id}/shipping-methods).`
    }
    const items = (cart.items ?? []).filter(
      (i) =>
        i.product?.vendor?.shipping_profile?.id === option.shipping_profile_id
    )
    if (!items.length) {
      continue
    }
    const needed = zoneNeeded(items)
    const optionZone = pickupOptionZone(option)
    if (optionZone === needed) {
      continue
    }
    const item =
      items.find((i) => temperatureClassOf(i.product?.metadata) === needed) ??
      items[0]
    const title = item.product_title ?? item.title ?? "an item"
    return `shipping_methods: "${title}" needs ${ZONE_LABELS[needed]} storage, but the pickup option chosen, "${name}", is for ${optionZone ?? "no"} parcels; choose this co-op's ${needed} pickup option again (POST /store/carts/${cart.id}/shipping-methods).`
  }
  return null
}

/**
 * An order's metadata with `pickup` as checkout recorded it, or without a
 * `pickup` key when the order does not ship to a point: the cart's own
 * metadata is copied onto its orders and must not carry one in.
 */
export function withOrderPickup(
  metadata: Record<string, unknown> | null | undefined,
  pickup: OrderPickupInfo | null
): Record<string, unknown> {
  const { pickup: _ignored, ...rest } = metadata ?? {}
  return pickup ? { ...rest, pickup } : rest
}
