import type { RemoteQueryFunction } from "@medusajs/framework/types"
import VendorProductLink from "../../../links/vendor-product"

/** Ids of the co-op's products, from the vendor–product link. */
export async function vendorProductIdsOf(
  query: Omit<RemoteQueryFunction, symbol>,
  vendorId: string
): Promise<string[]> {
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: vendorId },
  })
  return links.map((l: { product_id: string }) => l.product_id)
}
