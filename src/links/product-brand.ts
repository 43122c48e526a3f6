import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OriginModule from "../modules/origin"

/**
 * A product is sold under at most one origin brand; a brand lists its
 * products. The claim holds only while the product's co-op has a valid
 * brand_authorization, which the claim workflows and the store read check.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OriginModule.linkable.brand
)
