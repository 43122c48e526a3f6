import { findRegion } from "../../modules/marketplace/utils/regions"

export type RegionView = { code: string; name: string; name_en: string }

/** A co-op's home region with its Chinese and English names, if known. */
export function vendorRegion(
  code: string | null | undefined
): RegionView | null {
  const region = code ? findRegion(code) : undefined
  return region
    ? { code: region.code, name: region.name, name_en: region.name_en }
    : null
}

export type ProductCounts = {
  total: number
  published: number
  draft: number
  proposed: number
  rejected: number
}

/** How many of a co-op's products are in each status. */
export function countProductsByStatus(
  products: ({ status?: string | null } | null)[] | null | undefined
): ProductCounts {
  const counts: ProductCounts = {
    total: 0,
    published: 0,
    draft: 0,
    proposed: 0,
    rejected: 0,
  }
  for (const product of products ?? []) {
    if (!product) {
      continue
    }
    counts.total += 1
    const status = product.status as keyof ProductCounts
    if (status && status !== "total" && status in counts) {
      counts[status] += 1
    }
  }
  return counts
}

export type PublicProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
}

/**
 * The products a shopper may see on a co-op's page: published, and sold in
 * one of the sales channels of the caller's publishable key.
 */
export function publicVendorProducts(
  products: any[] | null | undefined,
  salesChannelIds: string[]
): PublicProduct[] {
  const channels = new Set(salesChannelIds)
  return (products ?? [])
    .filter(
      (p) =>
        p?.status === "published" &&
        (p.sales_channels ?? []).some((c: any) => c && channels.has(c.id))
    )
    .map((p) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail ?? null,
    }))
    .sort((a, b) => a.handle.localeCompare(b.handle))
}

/**
 * Query filters for a co-op list: exact status, kind and region, and `q` as
 * a case-insensitive substring of the name or handle.
 */
export function vendorListFilters(params: {
  q?: string
  status?: string | string[]
  kind?: string | string[]
  region_code?: string
}): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (params.status) {
    filters.status = params.status
  }
  if (params.kind) {
    filters.kind = params.kind
  }
  if (params.region_code) {
    filters.region_code = params.region_code
  }
  if (params.q) {
    // % and _ are LIKE wildcards; a shopper typing them means the characters.
    const pattern = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [
      { name: { $ilike: pattern } },
      { handle: { $ilike: pattern } },
    ]
  }
  return filters
}
