import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { requestCatalogueReconcile } from "../jobs/catalogue-reconcile"
import { CATALOGUE_MODULE } from "../modules/catalogue"
import type CatalogueModuleService from "../modules/catalogue/service"
import {
  CATALOGUE_COMMERCE_EVENTS,
  refreshInputForEvent,
  staleEntriesOf,
} from "../workflows/catalogue/utils/event-input"

/**
 * Keeps the catalogue read model fresh: product, variant, stock-level,
 * co-op status and claim events mark the ids they touch as stale with one
 * upsert, then ask the catalogue-reconcile job to run now; it refreshes
 * marked ids in batches (and every second in any case). Requests made while
 * a run is going coalesce into one more run, so a bulk import's thousands
 * of events cost a few batched refreshes instead of each starting a refresh
 * workflow and exhausting the database pool.
 */
export default async function catalogueRefreshHandler({
  event: { name, data },
  container,
}: SubscriberArgs<unknown>) {
  const input = refreshInputForEvent(name, data)
  if (!input) {
    return
  }
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  await catalogue.markCatalogueStale(staleEntriesOf(input))
  await requestCatalogueReconcile(container)
}

export const config: SubscriberConfig = {
  event: CATALOGUE_COMMERCE_EVENTS,
  context: { subscriberId: "catalogue-refresh" },
}
