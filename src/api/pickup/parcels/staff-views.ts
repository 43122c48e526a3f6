import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Parcels still at the point or on their way: the ones a counter looks for. */
export const ACTIVE_PARCEL_STATUSES: (
  "awaiting_arrival" | "ready_for_pickup" | "overdue"
)[] = ["awaiting_arrival", "ready_for_pickup", "overdue"]

export type ParcelSearch = {
  parcel_id?: string
  display_id?: number
  compartment?: string
  phone_tail?: string
}

/** Full-width digits, letters and dashes (as Chinese IMEs type them) to ASCII. */
function toHalfWidth(value: string) {
  return value
    .replace(/[\uff01-\uff5e]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0)
    )
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, "-")
}

/**
 * What a staff member typed in the search box means: a parcel id, an order
 * number (`31`, `#31`), a compartment (`C-03`, `c3`, `C03`) or the last four
 * digits of the customer's phone. Four digits are both an order number and a
 * phone tail; the search matches either.
 */
export function parseParcelSearch(raw: string): ParcelSearch {
  const text = toHalfWidth(raw).replace(/\s+/g, "").trim()
  if (/^pcl_[0-9a-z]+$/i.test(text)) {
    return { parcel_id: `pcl_${text.slice(4).toUpperCase()}` }
  }
  const compartment = /^([AaCcFf])-?(\d{1,3})$/.exec(text)
  if (compartment) {
    return {
      compartment: `${compartment[1].toUpperCase()}-${compartment[2].padStart(2, "0")}`,
    }
  }
  const digits = /^#?(\d{1,12})$/.exec(text)
  if (!digits) {
    return {}
  }
  const search: ParcelSearch = {}
  const number = Number(digits[1])
  if (Number.isSafeInteger(number) && number > 0 && digits[1].length <= 9) {
    search.display_id = number
  }
  if (!text.startsWith("#") && digits[1].length === 4) {
    search.phone_tail = digits[1]
  }
  return search
}

/** The last four digits of a phone number, or null. */
export function phoneTail(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "")
  return digits.length >= 4 ? digits.slice(-4) : null
}

/**
 * A name as counter staff may see it: enough to match the person in front
 * of them (李*梅, 王*, M** L*), not enough to copy down. Names are personal
 * information under the PIPL; staff need only to confirm, not to know.
 */
export function maskName(name: string | null | undefined): string | null {
  const clean = (name ?? "").trim().replace(/\s+/g, " ")
  if (!clean) {
    return null
  }
  if (/^[\x20-\x7e]+$/.test(clean)) {
    return clean
      .split(" ")
      .map((word) => `${word[0]}${"*".repeat(Math.max(word.length - 1, 1))}`)
      .join(" ")
  }
  const chars = Array.from(clean.replace(/ /g, ""))
  if (chars.length <= 2) {
    return `${chars[0]}*`
  }
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

export type StaffOrderView = {
  display_id: number | null
  customer_name: string | null
  phone_last4: string | null
  items: { title: string; variant_title: string | null; quantity: number }[]
  item_count: number
}

type OrderRow = {
  id: string
  display_id?: number | null
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
  } | null
  items?:
    | ({
        title?: string | null
        variant_title?: string | null
        quantity?: number | null
        detail?: { quantity?: number | null } | null
      } | null)[]
    | null
}

/** What staff see of a parcel's order: its number, a masked name, the phone's tail and the items. */
export function staffOrderView(
  order: OrderRow | undefined
): StaffOrderView | null {
  if (!order) {
    return null
  }
  const address = order.shipping_address
  const first = address?.first_name?.trim() ?? ""
  const last = address?.last_name?.trim() ?? ""
  // 李 + 晓梅 reads 李晓梅; Mei + Li reads "Mei Li".
  const name = /^[\x20-\x7e]*$/.test(first + last)
    ? [first, last].filter(Boolean).join(" ")
    : `${last}${first}`
  const items = (order.items ?? [])
    .filter((i): i is NonNullable<typeof i> => Boolean(i))
    .map((i) => ({
      title: i.title ?? "",
      variant_title: i.variant_title ?? null,
      quantity: Number(i.detail?.quantity ?? i.quantity ?? 0),
    }))
  return {
    display_id: order.display_id ?? null,
    customer_name: maskName(name),
    phone_last4: phoneTail(address?.phone),
    items,
    item_count: items.reduce((n, i) => n + i.quantity, 0),
  }
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "items.title",
  "items.variant_title",
  // An order line's quantity lives on its version's detail row.
  "items.detail.quantity",
]

async function ordersById(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) {
    return new Map<string, OrderRow>()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: ids },
  })
  return new Map((data as OrderRow[]).map((o) => [o.id, o]))
}

/**
 * Adds `order` (number, masked name, phone tail, items) and `vendor`
 * (the co-op's name) to each parcel, in two reads whatever the page size.
 */
export async function withStaffViews<
  P extends { order_id?: string; vendor_id?: string },
>(scope: MedusaContainer, parcels: P[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [
    ...new Set(parcels.map((p) => p.vendor_id).filter(Boolean)),
  ] as string[]
  const [orders, vendors] = await Promise.all([
    ordersById(scope, [
      ...new Set(parcels.map((p) => p.order_id).filter(Boolean)),
    ] as string[]),
    vendorIds.length
      ? query
          .graph({
            entity: "vendor",
            fields: ["id", "name", "handle"],
            filters: { id: vendorIds },
          })
          .then(({ data }) => new Map(data.map((v: any) => [v.id, v])))
      : new Map<string, any>(),
  ])
  return parcels.map((parcel) => {
    const vendor = parcel.vendor_id ? vendors.get(parcel.vendor_id) : null
    return {
      ...parcel,
      order: staffOrderView(
        parcel.order_id ? orders.get(parcel.order_id) : undefined
      ),
      vendor: vendor
        ? { id: vendor.id, name: vendor.name, handle: vendor.handle }
        : null,
    }
  })
}

/**
 * The parcel filter for a search at the given points, or null when the
 * text can match nothing. Phone tails are looked up among the points'
 * active parcels only: that is who stands at the counter, and it keeps the
 * lookup bounded by the points' compartments.
 */
export async function parcelSearchFilter(
  scope: MedusaContainer,
  pointIds: string[],
  raw: string
): Promise<Record<string, unknown>[] | null> {
  const search = parseParcelSearch(raw)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const or: Record<string, unknown>[] = []
  if (search.parcel_id) {
    or.push({ id: search.parcel_id })
  }
  if (search.compartment) {
    or.push({ compartment: search.compartment })
  }
  if (search.display_id !== undefined) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id"],
      // The generated filter type calls display_id a string; it is an integer column.
      filters: { display_id: String(search.display_id) },
    })
    if (data.length) {
      or.push({ order_id: data.map((o: any) => o.id) })
    }
  }
  if (search.phone_tail) {
    const { data: active } = await query.graph({
      entity: "parcel",
      fields: ["order_id"],
      filters: { point_id: pointIds, status: ACTIVE_PARCEL_STATUSES },
    })
    const orders = await ordersById(
      scope,
      active.map((p: any) => p.order_id)
    )
    const matching = [...orders.values()]
      .filter((o) => phoneTail(o.shipping_address?.phone) === search.phone_tail)
      .map((o) => o.id)
    if (matching.length) {
      or.push({ order_id: matching, status: ACTIVE_PARCEL_STATUSES })
    }
  }
  return or.length ? or : null
}
