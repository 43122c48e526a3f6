import type { RemoteQueryFunction } from "@medusajs/framework/types"

/**
 * Writes are stamped before they commit, so a change stamped just before
 * the previous look may become visible only after it. Looking back this far
 * again re-reads such changes; refreshing a row twice is harmless.
 */
export const RECONCILE_OVERLAP_MS = 2000

const changed = (since: Date) => ({
  $or: [{ updated_at: { $gt: since } }, { deleted_at: { $gt: since } }],
})

/**
 * Products whose prices or stock reservations changed since `since`. Medusa
 * 2.21 emits no event for price-set writes (upsertVariantPricesWorkflow,
 * price lists) or for reservations made at checkout, so the catalogue looks
 * at their timestamps instead.
 */
export async function productsWithChangedPricesOrReservations(
  query: Omit<RemoteQueryFunction, symbol>,
  since: Date
): Promise<string[]> {
  const out = new Set<string>()
  const { data: prices } = await query.graph({
    entity: "price",
    fields: ["price_set.variant.product_id"],
    filters: changed(since),
    withDeleted: true,
  })
  prices.forEach((p: any) => {
    const id = p.price_set?.variant?.product_id
    if (id) {
      out.add(id)
    }
  })
  const { data: reservations } = await query.graph({
    entity: "reservation_item",
    fields: ["inventory_item.variants.product_id"],
    filters: changed(since),
    withDeleted: true,
  })
  reservations.forEach((r: any) =>
    (r.inventory_item?.variants ?? []).forEach(
      (v: any) => v?.product_id && out.add(v.product_id)
    )
  )
  return [...out]
}
