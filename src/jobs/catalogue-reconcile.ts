import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../modules/catalogue"
import type CatalogueModuleService from "../modules/catalogue/service"
import { refreshInputOfStale } from "../workflows/catalogue/utils/event-input"
import {
  productsWithChangedPricesOrReservations,
  RECONCILE_OVERLAP_MS,
} from "../workflows/catalogue/utils/reconcile"
import { rebuildCatalogueWorkflow } from "../workflows/catalogue/workflows/rebuild-catalogue"
import { refreshCatalogueProductsWorkflow } from "../workflows/catalogue/workflows/refresh-catalogue-products"

/** Stale marks refreshed per run; a backlog drains over several runs. */
const STALE_BATCH = 1000

let lastLook: Date | undefined
let running = false

/**
 * Refreshes, every second, the catalogue rows of the ids the refresh
 * subscriber marked stale and of products whose prices or reservations
 * changed since the last run (the changes Medusa emits no event for), in
 * one workflow, then deletes the marks it handled. That keeps the
 * storefront within the 2 s freshness budget while an event burst costs
 * one batched refresh. Its first run in a process builds the read model if
 * it is empty (a database migrated after it was seeded). A run still going
 * when the next one is due makes that one a no-op.
 */
export default async function catalogueReconcileJob(
  container: MedusaContainer
) {
  if (running) {
    return
  }
  running = true
  try {
    await reconcile(container)
  } finally {
    running = false
  }
}

async function reconcile(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const now = new Date()
  if (!lastLook) {
    lastLook = now
    if (!(await catalogue.hasCatalogueRows())) {
      await rebuildCatalogueWorkflow(container).run()
      return
    }
  }
  const since = new Date(lastLook.getTime() - RECONCILE_OVERLAP_MS)
  const stale = await catalogue.listCatalogueStale(STALE_BATCH)
  const input = refreshInputOfStale(stale.entries)
  const changed = await productsWithChangedPricesOrReservations(query, since)
  lastLook = now
  input.product_ids = [...(input.product_ids ?? []), ...changed]
  if (Object.values(input).some((ids) => ids?.length)) {
    await refreshCatalogueProductsWorkflow(container).run({ input })
  }
  await catalogue.clearCatalogueStale(
    stale.cutoff,
    stale.entries.map((e) => e.id)
  )
}

export const config = {
  name: "catalogue-reconcile",
  schedule: { interval: 1000 },
}
