import "server-only"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { isNotFound } from "../util/medusa-error"
import { catalogueQuery } from "../util/query"
import type {
  CatalogueFilters,
  CatalogueProduct,
  CataloguePage,
} from "../../types/catalogue"

/** Listing with facets from the catalogue read model (GET /store/catalogue). */
export async function listCatalogue(
  filters: CatalogueFilters,
  { facets = true }: { facets?: boolean } = {}
): Promise<CataloguePage> {
  return sdk.client.fetch<CataloguePage>("/store/catalogue", {
    query: { ...catalogueQuery(filters), facets: String(facets) },
    next: { tags: [TAGS.catalogue], revalidate: 10 },
  })
}

/** One product by handle, or null when the store does not sell it. */
export async function retrieveCatalogueProduct(
  handle: string
): Promise<CatalogueProduct | null> {
  try {
    const { product } = await sdk.client.fetch<{ product: CatalogueProduct }>(
      `/store/catalogue/${encodeURIComponent(handle)}`,
      { next: { tags: [TAGS.catalogue], revalidate: 10 } }
    )
    return product
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/**
 * What the product page needs beyond the read model: the co-op's card and
 * the product's temperature class (decides the pickup zone).
 */
export async function retrieveProductExtras(id: string) {
  const { products } = await sdk.client.fetch<{
    products: {
      id: string
      metadata: Record<string, unknown> | null
      vendor?: {
        id: string
        handle: string
        name: string
        region_code?: string
        description_zh?: string
        description_en?: string
      }
    }[]
  }>("/store/products", {
    query: { id, fields: "id,metadata,*vendor" },
    next: { tags: [TAGS.catalogue], revalidate: 10 },
  })
  return products[0] ?? null
}
