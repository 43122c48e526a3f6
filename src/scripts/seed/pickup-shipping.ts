import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provisionVendorPickupWorkflow } from "../../workflows/pickup-checkout/workflows/provision-vendor-pickup"
import type { DemoVendor, VendorSetup } from "./data"

/**
 * Gives each approved demo co-op its pickup fulfillment set and options
 * (自提·常温 / 冷藏 / 冷冻) when its stock location has none yet: co-ops
 * approved before pickup existed were provisioned without them. Co-ops
 * approved since get them from provisioning itself.
 */
export async function seedVendorPickupOptions(
  container: MedusaContainer,
  vendors: DemoVendor[],
  setups: Map<string, VendorSetup>,
  log: (message: string) => void
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let created = 0
  for (const demo of vendors) {
    const setup = setups.get(demo.handle)
    if (!setup?.stockLocationId || !setup.shippingProfileId) {
      continue
    }
    const {
      data: [location],
    } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_sets.type"],
      filters: { id: setup.stockLocationId },
    })
    const hasPickup = (location?.fulfillment_sets ?? []).some(
      (set: any) => set?.type === "pickup"
    )
    if (hasPickup) {
      continue
    }
    await provisionVendorPickupWorkflow(container).run({
      input: {
        name: demo.name,
        handle: demo.handle,
        location_id: setup.stockLocationId,
        profile_id: setup.shippingProfileId,
      },
    })
    created++
  }
  log(`co-op pickup options: ${created} co-ops given them`)
}
