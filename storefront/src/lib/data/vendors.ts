import "server-only"
import { sdk } from "../config"
import { TAGS } from "../constants"
import type { Vendor } from "../../types/catalogue"

/** The co-op of each product id, for grouping a cart by co-op. */
export async function vendorsByProduct(
  productIds: string[]
): Promise<Record<string, Vendor | null>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) {
    return {}
  }
  const { products } = await sdk.client.fetch<{
    products: { id: string; vendor?: Vendor | null }[]
  }>("/store/products", {
    query: { id: ids, fields: "id,*vendor", limit: ids.length },
    next: { tags: [TAGS.vendors], revalidate: 60 },
  })
  return Object.fromEntries(products.map((p) => [p.id, p.vendor ?? null]))
}
