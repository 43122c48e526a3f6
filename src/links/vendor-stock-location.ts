import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import MarketplaceModule from "../modules/marketplace"

/** The co-op's own stock location, created when it is approved. */
export default defineLink(
  MarketplaceModule.linkable.vendor,
  StockLocationModule.linkable.stockLocation
)
