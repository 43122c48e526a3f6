import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
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
 * upsert; the catalogue-reconcile job refreshes marked ids every second in
 * batches. So a bulk import's thousands of events coalesce instead of each
 * starting a refresh workflow and exhausting the database pool.
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
}

export const config: SubscriberConfig = {
  event: CATALOGUE_COMMERCE_EVENTS,
  context: { subscriberId: "catalogue-refresh" },
}
