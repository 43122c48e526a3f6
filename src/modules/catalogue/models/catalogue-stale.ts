import { model } from "@medusajs/framework/utils"

/**
 * Ids whose catalogue rows must be refreshed: the refresh subscriber records
 * them with one upsert per event, and the reconcile job refreshes them in
 * batches and deletes them, so an event burst costs one refresh per second,
 * not one workflow per event. `updated_at` is when the id was last marked.
 */
export const CatalogueStale = model.define("catalogue_stale", {
  /** `${kind}:${ref_id}`, so marking an id twice keeps one row. */
  id: model.text().primaryKey(),
  /** The refresh input key the id belongs to, e.g. `variant_ids`. */
  kind: model.text(),
  ref_id: model.text(),
})
