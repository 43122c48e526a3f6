import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  changeVendorStatusWorkflow,
  createVendorWorkflow,
} from "../../workflows/marketplace"
import type { DemoVendor, VendorSetup } from "./data"

/** Who the seed records as having approved the demo co-ops. */
export const SEED_ACTOR_ID = "system:demo-seed"

/**
 * Registers the demo co-ops that do not exist yet (matched by handle) with
 * their owner logins, and approves those marked active. Returns each co-op's
 * ids by handle.
 */
export async function seedVendors(
  container: MedusaContainer,
  vendors: DemoVendor[],
  log: (message: string) => void
): Promise<Map<string, VendorSetup>> {
  const setups = new Map<string, VendorSetup>()
  for (const demo of vendors) {
    let vendor = await findVendor(container, demo.handle)
    if (!vendor) {
      const authIdentityId = await ownerLogin(container, demo.owner)
      await createVendorWorkflow(container).run({
        input: {
          auth_identity_id: authIdentityId,
          vendor: {
            name: demo.name,
            handle: demo.handle,
            kind: demo.kind,
            credit_code: demo.credit_code,
            region_code: demo.region_code,
            contact: demo.contact,
            address: demo.address ?? null,
            description_zh: demo.description_zh ?? null,
            description_en: demo.description_en ?? null,
            metadata: demo.name_en ? { name_en: demo.name_en } : null,
          },
          owner: { email: demo.owner.email, name: demo.owner.name },
        },
      })
      vendor = (await findVendor(container, demo.handle))!
      log(`co-op ${demo.handle}: created`)
    } else {
      log(`co-op ${demo.handle}: kept`)
    }
    if (demo.status === "active" && vendor.status === "pending_review") {
      await changeVendorStatusWorkflow(container).run({
        input: {
          vendor_id: vendor.id,
          action: "approve",
          reason: "演示数据：资质齐全 / Demo data: qualifications complete",
          actor_id: SEED_ACTOR_ID,
        },
      })
      vendor = (await findVendor(container, demo.handle))!
      log(`co-op ${demo.handle}: approved`)
    }
    setups.set(demo.handle, {
      vendorId: vendor.id,
      shippingProfileId: vendor.shipping_profile?.id ?? null,
      stockLocationId: vendor.stock_location?.id ?? null,
    })
  }
  return setups
}

async function findVendor(container: MedusaContainer, handle: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: ["id", "status", "shipping_profile.id", "stock_location.id"],
    filters: { handle },
  })
  return vendor
}

/**
 * The owner's emailpass login: registered now, or an earlier one that no
 * co-op claimed (a seed interrupted between the two steps).
 */
async function ownerLogin(
  container: MedusaContainer,
  owner: { email: string; password: string }
) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({
    entity_id: owner.email,
    provider: "emailpass",
  })
  if (existing?.auth_identity_id) {
    return existing.auth_identity_id
  }
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: owner.email, password: owner.password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not register the demo co-op login ${owner.email}: ${error}`
    )
  }
  return authIdentity.id
}
