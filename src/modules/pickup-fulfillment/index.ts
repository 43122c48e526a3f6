import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PickupFulfillmentProviderService } from "./services/pickup-fulfillment"

/**
 * The `pickup` fulfillment provider (provider id `pickup_pickup`): shipping
 * options that deliver a co-op's order to a community pickup point.
 */
export default ModuleProvider(Modules.FULFILLMENT, {
  services: [PickupFulfillmentProviderService],
})
