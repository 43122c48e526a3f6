import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The catalogue's responses, kept in Medusa's Caching Module (in-process
 * for one `npm start` process, Redis across servers and workers).
 *
 * Every key carries the catalogue's current version, which each refresh
 * that changes rows replaces. A response computed from rows the refresh has
 * just replaced is stored under the old version, which no reader asks for
 * any more, so a refresh is visible at once, with no window in which a slow
 * request can put stale data back. Old entries expire after TTL_S; the TTL
 * also bounds how long a response may show a certificate or brand
 * authorization that expired since it was computed (claims are checked
 * against the clock, not refreshed).
 */
export const CATALOGUE_CACHE_TTL_S = 10

const VERSION_KEY = "tiantou:catalogue:version"

type CachingService = {
  get(input: { key: string }): Promise<unknown>
  set(input: {
    key: string
    data: unknown
    ttl?: number
    tags?: string[]
  }): Promise<void>
}

const cachingOf = (container: MedusaContainer) =>
  container.resolve<CachingService | undefined>(Modules.CACHING, {
    allowUnregistered: true,
  })

const inflight = new Map<string, Promise<unknown>>()

/** The current version, or "0" before the first refresh recorded one. */
async function currentVersion(caching: CachingService): Promise<string> {
  const stored = (await caching.get({ key: VERSION_KEY })) as {
    v?: string
  } | null
  return stored?.v ?? "0"
}

/**
 * The value for `key` under the current catalogue version: from the cache,
 * or computed once (concurrent misses in this process share one
 * computation) and stored. Values must survive JSON (the Redis provider
 * stores JSON); routes cache their serialised bodies.
 */
export async function cachedCatalogue<T>(
  container: MedusaContainer,
  key: string,
  compute: () => Promise<T>
): Promise<T> {
  const caching = cachingOf(container)
  if (!caching) {
    return compute()
  }
  const fullKey = `tiantou:catalogue:${await currentVersion(caching)}:${key}`
  const hit = await caching.get({ key: fullKey })
  if (hit !== null && hit !== undefined) {
    return hit as T
  }
  let value = inflight.get(fullKey) as Promise<T> | undefined
  if (!value) {
    value = compute()
    inflight.set(fullKey, value)
    value
      .then((data) =>
        caching.set({ key: fullKey, data, ttl: CATALOGUE_CACHE_TTL_S })
      )
      .catch(() => undefined)
      .finally(() => inflight.delete(fullKey))
  }
  return value
}

/**
 * Starts a new catalogue version: every cached response is stale from now
 * on. Called by the refresh and the rebuild after they write rows.
 */
export async function invalidateCatalogueResponses(
  container: MedusaContainer
): Promise<void> {
  const caching = cachingOf(container)
  if (!caching) {
    return
  }
  const v = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`
  // Longer than any entry lives, so a version is never forgotten early.
  await caching.set({ key: VERSION_KEY, data: { v }, ttl: 24 * 60 * 60 })
}
