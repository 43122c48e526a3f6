import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import MarketplaceModule from "../modules/marketplace"

/**
 * The co-op's own shipping profile, created when it is approved. Medusa carts
 * hold one shipping method per profile, so one profile per co-op gives each
 * co-op's items their own shipping method in a mixed cart.
 */
export default defineLink(
  MarketplaceModule.linkable.vendor,
  FulfillmentModule.linkable.shippingProfile
)
