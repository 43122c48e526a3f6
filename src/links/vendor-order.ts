import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** Each order of a checkout belongs to exactly one co-op. */
export default defineLink(MarketplaceModule.linkable.vendor, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
