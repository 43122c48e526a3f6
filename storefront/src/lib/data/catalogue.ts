import "server-only"
import { cache } from "react"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { catalogueProductPath } from "../util/href"
import { isNotFound } from "../util/medusa-error"
import { catalogueQuery } from "../util/query"
import type {
  CatalogueFilters,
  CatalogueProductDetail,
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

/**
 * One product by handle, with its co-op's public card and its temperature
 * class, or null when the store does not sell it. One call: the product
 * page needs nothing else from the backend. `handle` is the decoded handle
 * (decodeSegment on the route param), never an already encoded one.
 */
export const retrieveCatalogueProduct = cache(async function (
  handle: string
): Promise<CatalogueProductDetail | null> {
  try {
    const { product } = await sdk.client.fetch<{
      product: CatalogueProductDetail
    }>(catalogueProductPath(handle), {
      next: { tags: [TAGS.catalogue], revalidate: 10 },
    })
    return product
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
})

export type ProductCategory = {
  id: string
  handle: string
  name: string
  parent_category_id?: string | null
  rank?: number
  metadata?: Record<string, unknown> | null
}

/**
 * The shop's product categories (the tree flat, parents and children, in
 * rank order), for the category navigation and the listing's filter (an
 * empty list hides them). Categories change rarely: cached a minute.
 */
export async function listCategories(): Promise<ProductCategory[]> {
  try {
    const { product_categories } = await sdk.client.fetch<{
      product_categories: ProductCategory[]
    }>("/store/product-categories", {
      query: {
        fields: "id,handle,name,metadata,parent_category_id,rank",
        order: "rank",
        limit: 100,
      },
      next: { tags: [TAGS.catalogue], revalidate: 60 },
    })
    return product_categories
  } catch {
    return []
  }
}

/** English names by product, variant and co-op id. */
export type EnglishNames = {
  products: Record<string, string>
  variants: Record<string, string>
  vendors: Record<string, string>
}

/**
 * The English names the catalogue holds for these products (title_en, each
 * variant's title_en, the co-op's name_en), for cart and order lines, which
 * keep the Chinese titles they were bought under. One cached read per
 * product (a cart or an order holds a few); a product no longer sold keeps
 * its Chinese names.
 */
export async function englishNamesOf(handles: string[]): Promise<EnglishNames> {
  const names: EnglishNames = { products: {}, variants: {}, vendors: {} }
  const products = await Promise.all(
    [...new Set(handles.filter(Boolean))].map((h) =>
      retrieveCatalogueProduct(h).catch(() => null)
    )
  )
  for (const product of products) {
    if (!product) {
      continue
    }
    if (product.title_en) {
      names.products[product.id] = product.title_en
    }
    for (const variant of product.variants) {
      if (variant.title_en) {
        names.variants[variant.id] = variant.title_en
      }
    }
    if (product.vendor?.name_en) {
      names.vendors[product.vendor.id] = product.vendor.name_en
    }
  }
  return names
}
