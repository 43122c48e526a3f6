import type { MedusaContainer } from "@medusajs/framework/types"
import { seedCatalogue } from "../../src/scripts/seed/catalogue"
import {
  readDemoFile,
  type DemoProduct,
  type DemoStore,
  type StoreSetup,
} from "../../src/scripts/seed/data"
import { seedStore } from "../../src/scripts/seed/store"

/**
 * Loads the demo store setup and catalogue from data/demo/ (not the demo
 * logins). Call it in beforeAll: the runner snapshots the database after
 * beforeAll and restores that snapshot before every test.
 */
export async function seedDemoStore(
  container: MedusaContainer
): Promise<StoreSetup & { products: DemoProduct[] }> {
  const store = readDemoFile<DemoStore>("store.json")
  const { products } = readDemoFile<{ products: DemoProduct[] }>(
    "products.json"
  )
  const quiet = () => {}
  const setup = await seedStore(container, store, quiet)
  await seedCatalogue(container, products, setup, "cny", quiet)
  return { ...setup, products }
}

export const storeHeaders = (publishableKey: string) => ({
  headers: { "x-publishable-api-key": publishableKey },
})
