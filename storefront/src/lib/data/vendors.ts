import "server-only"
import { sdk } from "../config"
import { TAGS } from "../constants"
import type { Vendor } from "../../types/catalogue"

export type CartProductInfo = {
  vendor: Vendor | null
  title_en: string | null
  /** English variant names by variant id (variant metadata.title_en). */
  variantTitlesEn: Record<string, string>
}

const text = (value: unknown) =>
  typeof value === "string" && value ? value : null

/**
 * The co-op and the English titles (product and variants) of each product
 * id in a cart, for grouping it by co-op and naming lines in English (a cart
 * holds a few products: one filtered read).
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
      variants?: { id: string; metadata?: Record<string, unknown> | null }[]
    }[]
  }>("/store/products", {
    query: {
      id: ids,
      fields: "id,metadata,*vendor,variants.id,variants.metadata",
      limit: ids.length,
    },
    next: { tags: [TAGS.vendors], revalidate: 60 },
  })
  return Object.fromEntries(
    products.map((p) => [
      p.id,
      {
        vendor: p.vendor
          ? { ...p.vendor, name_en: text(p.vendor.metadata?.name_en) }
          : null,
        title_en: text(p.metadata?.title_en),
        variantTitlesEn: Object.fromEntries(
          (p.variants ?? []).flatMap((v) => {
            const en = text(v.metadata?.title_en)
            return en ? [[v.id, en]] : []
          })
        ),
      },
    ])
  )
}
