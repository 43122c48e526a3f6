import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { notSellingMessage } from "./vendor-product-rules"
import { findNotSellingProducts } from "./vendor-selling"

/**
 * Throws a 400 naming each product and its co-op when any item belongs to a
 * co-op that is not active (suspended, under review, rejected or closed).
 * Used by the cart hooks and by cart completion.
 */
export async function assertCartVendorsCanSell(
  container: MedusaContainer,
  items: { product_id?: string | null; variant_id?: string | null }[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const blocked = await findNotSellingProducts(query, items ?? [])
  if (blocked.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      notSellingMessage(blocked)
    )
  }
}
