import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Pages of the co-op's order list, kept in Medusa's Caching Module
 * (in-process for one server, Redis across servers), served
 * stale-while-revalidate.
 *
 * Reading a page in full (Medusa's order read with totals, fulfilments,
 * pickup parcels) costs about 7 ms an order; a co-op's console polls its
 * list. The key carries the co-op's list version: the newest stamp of its
 * orders' stage rows and the count at each stage. Every stage write stamps
 * the row (a new order, a fulfilment, a shipment, a delivery, a
 * cancellation), and so do a payment's capture or refund and a parcel's
 * arrival, handover, unlock or return
 * (src/subscribers/vendor-order-stage-refresh.ts), so each shows at once.
 * What changes without any of those (a parcel turning overdue) shows once
 * a page is older than PAGE_FRESH_S: that request still gets the page it
 * had and the read runs behind it, so no request waits for a refresh.
 * A page nobody asked for in PAGE_KEEP_S is dropped and read again in full.
 * GET /vendors/orders/:id is never cached.
 */
export const PAGE_FRESH_S = 60
export const PAGE_KEEP_S = 300

/** The part of Medusa's Caching Module this uses. */
export type PageStore = {
  get(input: { key: string }): Promise<unknown>
  set(input: { key: string; data: unknown; ttl?: number }): Promise<void>
}

type Entry<T> = { v: T; at: number }

const inflight = new Map<string, Promise<unknown>>()

/** The page under `key`, from the cache or computed once and stored. */
export async function cachedOrderPage<T>(
  container: MedusaContainer,
  key: string,
  compute: () => Promise<T>
): Promise<T> {
  const caching = container.resolve<PageStore | undefined>(Modules.CACHING, {
    allowUnregistered: true,
  })
  if (!caching) {
    return compute()
  }
  return readThrough(caching, `tiantou:vendor-orders:${key}`, compute)
}

/**
 * Fresh entries are returned as they are; a stale one is returned too,
 * with one refresh started behind it; a missing one is computed, and
 * concurrent misses in this process share that one read.
 */
export async function readThrough<T>(
  store: PageStore,
  key: string,
  compute: () => Promise<T>,
  now: () => number = Date.now
): Promise<T> {
  const hit = (await store.get({ key })) as Entry<T> | null
  if (hit && now() - hit.at < PAGE_FRESH_S * 1000) {
    return hit.v
  }
  const refresh = refreshOnce(store, key, compute, now)
  if (hit) {
    // A failed refresh leaves the stale page until PAGE_KEEP_S; the miss
    // after that reads in the request and answers its error.
    refresh.catch(() => undefined)
    return hit.v
  }
  return refresh
}

function refreshOnce<T>(
  store: PageStore,
  key: string,
  compute: () => Promise<T>,
  now: () => number
): Promise<T> {
  let pending = inflight.get(key) as Promise<T> | undefined
  if (!pending) {
    pending = compute()
      .then(async (value) => {
        // JSON, as the Redis provider stores it: hits and misses match.
        const v = JSON.parse(JSON.stringify(value)) as T
        const entry: Entry<T> = { v, at: now() }
        await store.set({ key, data: entry, ttl: PAGE_KEEP_S })
        return v
      })
      .finally(() => inflight.delete(key))
    inflight.set(key, pending)
  }
  return pending
}
