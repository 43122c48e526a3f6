import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/** A co-op sells many products; a product belongs to one co-op. */
export default defineLink(MarketplaceModule.linkable.vendor, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
