import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Pages of the co-op's order list, kept for a few seconds in Medusa's
 * Caching Module (in-process for one server, Redis across servers).
 *
 * Reading a page in full (Medusa's order read with totals, fulfilments,
 * pickup parcels) costs about 7 ms an order; a co-op's console polls its
 * list. The key carries the co-op's stage version (changed by every stage
 * write: a new order, a fulfilment, a shipment, a delivery, a cancellation),
 * so a stage change shows at once. What changes without a stage change (a
 * captured payment, a parcel booked in at its pickup point) shows within
 * PAGE_TTL_S; GET /vendors/orders/:id is never cached.
 */
export const PAGE_TTL_S = 5

type CachingService = {
  get(input: { key: string }): Promise<unknown>
  set(input: { key: string; data: unknown; ttl?: number }): Promise<void>
}

const inflight = new Map<string, Promise<unknown>>()

/** The page under `key`, from the cache or computed once and stored. */
export async function cachedOrderPage<T>(
  container: MedusaContainer,
  key: string,
  compute: () => Promise<T>
): Promise<T> {
  const caching = container.resolve<CachingService | undefined>(
    Modules.CACHING,
    { allowUnregistered: true }
  )
  if (!caching) {
    return compute()
  }
  const fullKey = `tiantou:vendor-orders:${key}`
  const hit = (await caching.get({ key: fullKey })) as { v: T } | null
  if (hit) {
    return hit.v
  }
  // Concurrent misses in this process share one read.
  let pending = inflight.get(fullKey) as Promise<T> | undefined
  if (!pending) {
    pending = compute()
      .then(async (value) => {
        // JSON, as the Redis provider stores it: hits and misses match.
        const v = JSON.parse(JSON.stringify(value))
        await caching.set({ key: fullKey, data: { v }, ttl: PAGE_TTL_S })
        return v as T
      })
      .finally(() => inflight.delete(fullKey))
    inflight.set(fullKey, pending)
  }
  return pending
}
