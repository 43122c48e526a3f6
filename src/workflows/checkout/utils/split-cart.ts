import { MedusaError, OrderStatus } from "@medusajs/framework/utils"

/** The part of a cart line that the split needs. */
export type SplitCartItem = {
  id: string
  title?: string
  product_title?: string
  quantity: any
  unit_price: any
  is_tax_inclusive?: boolean
  tax_lines?: any[]
  adjustments?: any[]
  variant_id?: string | null
  product_id?: string | null
  product?: {
    id: string
    categories?: { id: string }[]
    vendor?: SplitVendor | null
  } | null
  variant?: {
    id: string
    manage_inventory?: boolean
    allow_backorder?: boolean
    inventory_items?: { inventory_item_id: string; required_quantity: any }[]
  } | null
  [key: string]: any
}

export type SplitVendor = {
  id: string
  name: string
  status: string
  commission_rate?: number | null
  shipping_profile?: { id: string } | null
  stock_location?: { id: string } | null
}

export type SplitCart = {
  id: string
  email?: string | null
  currency_code: string
  locale?: string | null
  metadata?: Record<string, unknown> | null
  sales_channel_id?: string | null
  region?: { id: string } | null
  customer?: { id: string } | null
  items?: SplitCartItem[]
  shipping_methods?: any[]
  shipping_address?: Record<string, any> | null
  billing_address?: Record<string, any> | null
  promotions?: { id: string; code?: string }[]
}

export type VendorGroup = {
  vendor: SplitVendor
  items: SplitCartItem[]
  shipping_methods: any[]
}

/**
 * Groups a cart's lines by co-op, each with the shipping methods of that
 * co-op's shipping profile, and says in a sentence what stops completion:
 * a line with no co-op, a co-op that may not sell, a co-op without a
 * shipping method, or a shipping method that matches no co-op in the cart.
 */
export function groupCartByVendor(cart: SplitCart): {
  groups: VendorGroup[]
  problems: string[]
} {
  const problems: string[] = []
  const groups = new Map<string, VendorGroup>()
  for (const item of cart.items ?? []) {
    const vendor = item.product?.vendor
    const label = item.product_title ?? item.title ?? item.id
    if (!vendor) {
      problems.push(`"${label}" is not sold by any co-op.`)
      continue
    }
    if (vendor.status !== "active") {
      problems.push(
        `"${label}" is from the co-op "${vendor.name}", which is ${vendor.status} and cannot sell now. Remove it from the cart.`
      )
      continue
    }
    const group = groups.get(vendor.id) ?? {
      vendor,
      items: [],
      shipping_methods: [],
    }
    group.items.push(item)
    groups.set(vendor.id, group)
  }

  const methods = cart.shipping_methods ?? []
  const claimed = new Set<string>()
  for (const group of groups.values()) {
    const profileId = group.vendor.shipping_profile?.id
    group.shipping_methods = methods.filter(
      (m) => profileId && m.shipping_option?.shipping_profile_id === profileId
    )
    group.shipping_methods.forEach((m) => claimed.add(m.id))
    const needsShipping = group.items.some((i) => i.requires_shipping !== false)
    if (needsShipping && !group.shipping_methods.length) {
      problems.push(
        `Choose a shipping method for the items from "${group.vendor.name}" (shipping profile ${profileId ?? "none"}).`
      )
    }
    if (group.shipping_methods.length > 1) {
      problems.push(
        `The items from "${group.vendor.name}" have ${group.shipping_methods.length} shipping methods; keep one.`
      )
    }
  }
  for (const method of methods) {
    if (!claimed.has(method.id)) {
      problems.push(
        `Shipping method "${method.name}" matches no co-op in the cart; remove it.`
      )
    }
  }
  if (!(cart.items ?? []).length) {
    problems.push("The cart has no items.")
  }
  return { groups: [...groups.values()], problems }
}

/** Throws a 400 listing everything that stops the cart from completing. */
export function assertCartCanSplit(cart: SplitCart): VendorGroup[] {
  const { groups, problems } = groupCartByVendor(cart)
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cart ${cart.id} cannot be completed: ${problems.join(" ")}`
    )
  }
  return groups
}

const taxLines = (lines: any[] = []) =>
  lines.map((l) => ({
    description: l.description,
    tax_rate_id: l.tax_rate_id,
    code: l.code,
    rate: l.rate,
    provider_id: l.provider_id,
    metadata: l.metadata ?? null,
  }))

const adjustments = (lines: any[] = []) =>
  lines.map((a) => ({
    code: a.code,
    amount: a.amount,
    description: a.description,
    promotion_id: a.promotion_id,
    provider_id: a.provider_id,
    is_tax_inclusive: a.is_tax_inclusive,
  }))

const LINE_SNAPSHOT_FIELDS = [
  "title",
  "subtitle",
  "thumbnail",
  "product_id",
  "product_title",
  "product_description",
  "product_subtitle",
  "product_type",
  "product_type_id",
  "product_collection",
  "product_handle",
  "variant_id",
  "variant_sku",
  "variant_barcode",
  "variant_title",
  "variant_option_values",
  "is_discountable",
  "is_giftcard",
  "requires_shipping",
  "compare_at_unit_price",
  "is_custom_price",
] as const

function toOrderItem(item: SplitCartItem) {
  const line: Record<string, unknown> = {}
  for (const field of LINE_SNAPSHOT_FIELDS) {
    if (item[field] !== undefined) {
      line[field] = item[field]
    }
  }
  return {
    ...line,
    quantity: item.quantity,
    unit_price: item.raw_unit_price ?? item.unit_price,
    is_tax_inclusive: !!item.is_tax_inclusive,
    metadata: { ...(item.metadata ?? {}), cart_line_item_id: item.id },
    tax_lines: taxLines(item.tax_lines),
    adjustments: adjustments(item.adjustments),
  }
}

function withoutId(address?: Record<string, any> | null) {
  if (!address) {
    return null
  }
  const { id: _id, ...rest } = address
  return rest
}

/**
 * The order for one co-op's part of the cart: its lines, its shipping
 * method, the cart's addresses, and the promotion codes used on those lines.
 */
export function toVendorOrder(cart: SplitCart, group: VendorGroup) {
  const items = group.items.map(toOrderItem)
  const shipping = group.shipping_methods.map((m) => ({
    name: m.name,
    description: m.description,
    amount: m.raw_amount ?? m.amount,
    is_tax_inclusive: m.is_tax_inclusive,
    shipping_option_id: m.shipping_option_id,
    data: m.data,
    metadata: m.metadata,
    tax_lines: taxLines(m.tax_lines),
    adjustments: adjustments(m.adjustments),
  }))
  const promoCodes = [
    ...items.flatMap((i) => i.adjustments),
    ...shipping.flatMap((s) => s.adjustments),
  ]
    .map((a) => a.code)
    .filter(Boolean)
  return {
    region_id: cart.region?.id,
    customer_id: cart.customer?.id,
    sales_channel_id: cart.sales_channel_id,
    status: OrderStatus.PENDING,
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    shipping_address: withoutId(cart.shipping_address),
    billing_address: withoutId(cart.billing_address),
    no_notification: false,
    items,
    shipping_methods: shipping,
    metadata: { ...(cart.metadata ?? {}), vendor_id: group.vendor.id },
    promo_codes: [...new Set(promoCodes)],
  }
}
