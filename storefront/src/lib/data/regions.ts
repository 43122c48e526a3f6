import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { TAGS } from "../constants"

/** The shop sells in one CNY region (中国); carts are created in it. */
export async function getShopRegion(): Promise<HttpTypes.StoreRegion | null> {
  const { regions } = await sdk.client.fetch<{
    regions: HttpTypes.StoreRegion[]
  }>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries" },
    next: { tags: [TAGS.regions], revalidate: 3600 },
  })
  return regions.find((r) => r.currency_code === "cny") ?? regions[0] ?? null
}
