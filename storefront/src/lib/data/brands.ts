import "server-only"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { isNotFound } from "../util/medusa-error"
import type {
  CatalogueProduct,
  OriginBrand,
  Vendor,
} from "../../types/catalogue"

export async function listOriginBrands(): Promise<OriginBrand[]> {
  const { origin_brands } = await sdk.client.fetch<{
    origin_brands: OriginBrand[]
  }>("/store/origin-brands", {
    query: { limit: 100 },
    next: { tags: [TAGS.brands], revalidate: 60 },
  })
  return origin_brands
}

export type OriginBrandDetail = {
  origin_brand: OriginBrand
  vendors: Vendor[]
  products: CatalogueProduct[]
}

export async function retrieveOriginBrand(
  handle: string
): Promise<OriginBrandDetail | null> {
  try {
    const body = await sdk.client.fetch<Record<string, unknown>>(
      `/store/origin-brands/${encodeURIComponent(handle)}`,
      { next: { tags: [TAGS.brands], revalidate: 60 } }
    )
    const brand = (body.origin_brand ?? body.brand) as OriginBrand & {
      vendors?: Vendor[]
      products?: CatalogueProduct[]
    }
    return {
      origin_brand: brand,
      vendors: (body.vendors as Vendor[]) ?? brand.vendors ?? [],
      products: (body.products as CatalogueProduct[]) ?? brand.products ?? [],
    }
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}
