import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import VendorProductLink from "../../../links/vendor-product"

/** The ids of every product of the co-op (deleted ones drop out later). */
export async function vendorProductIds(
  scope: MedusaContainer,
  vendorId: string
): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: vendorId },
  })
  return links.map((l: { product_id: string }) => l.product_id)
}

/**
 * One of the co-op's own products, read with the given fields; another
 * co-op's product is not found.
 */
export async function retrieveVendorProduct(
  scope: MedusaContainer,
  vendorId: string,
  productId: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: vendorId, product_id: productId },
  })
  const { data: products } = links.length
    ? await query.graph({
        entity: "product",
        fields,
        filters: { id: productId },
      })
    : { data: [] }
  if (!products[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product "${productId}" was not found.`
    )
  }
  return products[0]
}
