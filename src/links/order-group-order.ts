import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** The orders, one per co-op, that one checkout produced. */
export default defineLink(MarketplaceModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
