import type { RemoteQueryFunction } from "@medusajs/framework/types"
import VendorProductLink from "../../../links/vendor-product"
import type { NotSellingProduct, VendorSummary } from "./vendor-product-rules"

/** Statuses a co-op reaches after selling: its published products stay. */
export const WITHDRAWN_STATUSES = ["suspended", "closed"] as const
/** Statuses before approval: the co-op could only save drafts. */
export const UNAPPROVED_STATUSES = ["pending_review", "rejected"] as const

/** Ids of the products linked to the given co-ops (by id or handle). */
export async function productIdsOfVendors(
  query: Omit<RemoteQueryFunction, symbol>,
  filter: { vendor_ids?: string[]; vendor_handles?: string[] }
): Promise<string[]> {
  const vendorIds = new Set(filter.vendor_ids ?? [])
  if (filter.vendor_handles?.length) {
    const { data: vendors } = await query.graph({
      entity: "vendor",
      fields: ["id"],
      filters: { handle: filter.vendor_handles },
    })
    vendors.forEach((v: { id: string }) => vendorIds.add(v.id))
  }
  if (!vendorIds.size) {
    return []
  }
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: [...vendorIds] },
  })
  return links.map((l: { product_id: string }) => l.product_id)
}

/**
 * Ids of the products of every suspended or closed co-op, read fresh on each
 * call (no cache) so a suspension takes the products off the store at once.
 * These statuses are the platform's decision, so self-registering co-ops
 * cannot grow this read; co-ops pending review or rejected can only save
 * drafts, which the store never lists (see unapprovedPublishedProductIds).
 */
export async function notSellingProductIds(
  query: Omit<RemoteQueryFunction, symbol>
): Promise<string[]> {
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id"],
    filters: { status: [...WITHDRAWN_STATUSES] },
  })
  if (!vendors.length) {
    return []
  }
  return productIdsOfVendors(query, {
    vendor_ids: vendors.map((v: { id: string }) => v.id),
  })
}

/**
 * The given products (or the products of the given variants) whose co-op is
 * not active. Products without a co-op are the platform's own and sell.
 */
export async function findNotSellingProducts(
  query: Omit<RemoteQueryFunction, symbol>,
  items: { product_id?: string | null; variant_id?: string | null }[]
): Promise<NotSellingProduct[]> {
  const productIds = new Set(
    items.map((i) => i.product_id).filter((id): id is string => !!id)
  )
  const variantIds = items
    .filter((i) => !i.product_id && i.variant_id)
    .map((i) => i.variant_id as string)
  if (variantIds.length) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: variantIds },
    })
    for (const variant of variants) {
      productIds.add(variant.product_id as string)
    }
  }
  if (!productIds.size) {
    return []
  }
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id", "vendor_id"],
    filters: { product_id: [...productIds] },
  })
  if (!links.length) {
    return []
  }
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id", "name", "status"],
    filters: {
      id: [...new Set(links.map((l: { vendor_id: string }) => l.vendor_id))],
      status: { $ne: "active" },
    },
  })
  if (!vendors.length) {
    return []
  }
  const byId = new Map(vendors.map((v: VendorSummary) => [v.id, v]))
  const blocked = links.filter((l: { vendor_id: string }) =>
    byId.has(l.vendor_id)
  )
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: blocked.map((l: { product_id: string }) => l.product_id) },
  })
  const titles = new Map(
    products.map((p: { id: string; title: string }) => [p.id, p.title])
  )
  return blocked.map((l: { product_id: string; vendor_id: string }) => {
    const vendor = byId.get(l.vendor_id) as VendorSummary
    return {
      product_id: l.product_id,
      product_title: titles.get(l.product_id) ?? l.product_id,
      vendor_id: vendor.id,
      vendor_name: vendor.name,
      vendor_status: vendor.status,
    }
  })
}
