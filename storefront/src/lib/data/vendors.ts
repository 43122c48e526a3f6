import "server-only"
import { sdk } from "../config"
import { TAGS } from "../constants"
import type { Vendor } from "../../types/catalogue"

export type CartProductInfo = { vendor: Vendor | null; title_en: string | null }

/**
 * The co-op and the English title of each product id in a cart, for
 * grouping it by co-op (a cart holds a few products: one filtered read).
 */
export async function cartProductInfo(
  productIds: string[]
): Promise<Record<string, CartProductInfo>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) {
    return {}
  }
  const { products } = await sdk.client.fetch<{
    products: {
      id: string
      metadata?: Record<string, unknown> | null
      vendor?: Vendor | null
    }[]
  }>("/store/products", {
    query: { id: ids, fields: "id,metadata,*vendor", limit: ids.length },
    next: { tags: [TAGS.vendors], revalidate: 60 },
  })
  return Object.fromEntries(
    products.map((p) => [
      p.id,
      {
        vendor: p.vendor ?? null,
        title_en:
          typeof p.metadata?.title_en === "string" ? p.metadata.title_en : null,
      },
    ])
  )
}
