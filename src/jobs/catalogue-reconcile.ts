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
let again = false

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
  await reconcileOnce(container, false)
}

/**
 * Runs the reconcile now rather than at the next tick, for the refresh
 * subscriber once it has marked ids stale: a change shows in the time of
 * one refresh instead of up to a second more. A request made while a run
 * is going becomes one more run after it, so an event burst still costs a
 * refresh per batch, not per event. Only where the job has run (a worker):
 * elsewhere, as in `medusa exec`, the marks wait for the job.
 */
export async function requestCatalogueReconcile(container: MedusaContainer) {
  if (lastLook) {
    await reconcileOnce(container, true)
  }
}

async function reconcileOnce(container: MedusaContainer, queue: boolean) {
  if (running) {
    again ||= queue
    return
  }
  running = true
  try {
    do {
      again = false
      await reconcile(container)
    } while (again)
  } finally {
    running = false
  }
}

// The clock moves only once a run has succeeded: a run that fails (the
// database away, a bug) is looked at again from the same point by the next,
// so the price and reservation changes it saw are not lost. A single bad
// product does not fail the run: the refresh marks it stale to retry.
async function reconcile(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const now = new Date()
  if (!lastLook && !(await catalogue.hasCatalogueRows())) {
    await rebuildCatalogueWorkflow(container).run()
    lastLook = now
    return
  }
  const since = new Date((lastLook ?? now).getTime() - RECONCILE_OVERLAP_MS)
  const stale = await catalogue.listCatalogueStale(STALE_BATCH)
  const input = refreshInputOfStale(stale.entries)
  const changed = await productsWithChangedPricesOrReservations(query, since)
  input.product_ids = [...(input.product_ids ?? []), ...changed]
  if (Object.values(input).some((ids) => ids?.length)) {
    await refreshCatalogueProductsWorkflow(container).run({ input })
  }
  await catalogue.clearCatalogueStale(
    stale.cutoff,
    stale.entries.map((e) => e.id)
  )
  lastLook = now
}

export const config = {
  name: "catalogue-reconcile",
  schedule: { interval: 1000 },
}
