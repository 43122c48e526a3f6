import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { rebuildCatalogueWorkflow } from "../workflows/catalogue/workflows/rebuild-catalogue"
import { seedCatalogue } from "./seed/catalogue"
import { seedCategories } from "./seed/categories"
import { seedClaims } from "./seed/claims"
import {
  readDemoFile,
  type DemoCategory,
  type DemoProduct,
  type DemoStore,
  type DemoUsers,
  type DemoVendor,
} from "./seed/data"
import { seedPickupPoints } from "./seed/pickup-points"
import { seedVendorPickupOptions } from "./seed/pickup-shipping"
import { seedPickupStaff } from "./seed/pickup-staff"
import { seedStandardsAndOrigin } from "./seed/standards-and-origin"
import { seedStore } from "./seed/store"
import { seedUsers } from "./seed/users"
import { seedVendors } from "./seed/vendors"

/**
 * Bumped when the demo data changes shape; `npm start` seeds a database whose
 * store does not carry this version yet.
 */
export const DEMO_SEED_VERSION = 9

/**
 * Loads the demo data from `data/demo/` into the database: store setup,
 * co-ops, catalogue and its category tree, demo logins, and the grade standards, regions and
 * brands from `data/standards` and `data/origin`. Safe to run again: every part is looked up
 * before it is created.
 *
 * Run with `npx medusa exec ./src/scripts/seed-demo.ts`.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = (message: string) => logger.info(`[seed] ${message}`)

  const storeData = readDemoFile<DemoStore>("store.json")
  const { products } = readDemoFile<{ products: DemoProduct[] }>(
    "products.json"
  )
  const { vendors } = readDemoFile<{ vendors: DemoVendor[] }>("vendors.json")
  const users = readDemoFile<DemoUsers>("users.json")

  log("1/5 store, region, channel, key, location, shipping")
  const setup = await seedStore(container, storeData, log)

  log("2/5 co-ops and their owner logins")
  const vendorSetups = await seedVendors(container, vendors, log)
  await seedVendorPickupOptions(container, vendors, vendorSetups, log)

  log("3/5 catalogue")
  await seedCatalogue(
    container,
    products,
    setup,
    storeData.region.currency_code,
    log,
    vendorSetups
  )
  const { categories } = readDemoFile<{ categories: DemoCategory[] }>(
    "categories.json"
  )
  await seedCategories(container, categories, products, log)

  log("4/5 demo logins")
  await seedUsers(container, users, log)

  log("5/5 grade standards, origin regions and brands")
  const reference = await seedStandardsAndOrigin(container)
  log(
    `standards ${reference.standards.created.length} new, regions ${reference.regions.created} new, brands ${reference.brands.created} new`
  )

  // Before the catalogue rebuild, so the read model carries the claims.
  log("claims: brand authorizations, certificates, brands and grades")
  await seedClaims(container, log)

  log("pickup points")
  await seedPickupPoints(container, log)

  // After the pickup points: the staff login manages one of them.
  await seedPickupStaff(container, users, log)

  // Seeding runs bulk paths whose events may not all reach the catalogue
  // subscribers (medusa exec has no long-lived worker), so rebuild it whole.
  const { result: catalogue } = await rebuildCatalogueWorkflow(container).run()
  log(`catalogue read model: ${catalogue.written} rows written or changed`)

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: setup.storeId },
      update: {
        metadata: {
          tiantou_demo_seed: {
            version: DEMO_SEED_VERSION,
            seeded_at: new Date().toISOString(),
          },
        },
      },
    },
  })
  log(`done; publishable key ${setup.publishableKey}`)
}
