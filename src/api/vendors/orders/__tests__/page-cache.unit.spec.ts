import {
  PAGE_FRESH_S,
  PAGE_KEEP_S,
  readThrough,
  type PageStore,
} from "../page-cache"

/** A store with the Caching Module's get/set contract, over a Map. */
function mapStore() {
  const entries = new Map<string, { data: unknown; ttl?: number }>()
  const store: PageStore = {
    async get({ key }) {
      return entries.get(key)?.data ?? null
    },
    async set({ key, data, ttl }) {
      entries.set(key, { data, ttl })
    },
  }
  return { store, entries }
}

function counter(values: string[]) {
  let calls = 0
  const compute = async () => values[Math.min(calls++, values.length - 1)]
  return { compute, calls: () => calls }
}

describe("readThrough (the co-op order list's page cache)", () => {
  it("computes a missing page once for concurrent requests and keeps it PAGE_KEEP_S", async () => {
    const { store, entries } = mapStore()
    const { compute, calls } = counter(["page-1"])
    const pages = await Promise.all(
      Array.from({ length: 5 }, () => readThrough(store, "k", compute, () => 0))
    )
    expect(pages).toEqual(Array(5).fill("page-1"))
    expect(calls()).toBe(1)
    expect(entries.get("k")?.ttl).toBe(PAGE_KEEP_S)
  })

  it("answers a fresh page from the store without computing", async () => {
    const { store } = mapStore()
    const { compute, calls } = counter(["page-1", "page-2"])
    await readThrough(store, "k", compute, () => 0)
    const page = await readThrough(
      store,
      "k",
      compute,
      () => PAGE_FRESH_S * 1000 - 1
    )
    expect(page).toBe("page-1")
    expect(calls()).toBe(1)
  })

  it("answers a stale page at once and refreshes it behind the request", async () => {
    const { store } = mapStore()
    const { compute, calls } = counter(["page-1", "page-2"])
    const later = () => PAGE_FRESH_S * 1000
    await readThrough(store, "k", compute, () => 0)
    expect(await readThrough(store, "k", compute, later)).toBe("page-1")
    await new Promise((resolve) => setImmediate(resolve))
    expect(calls()).toBe(2)
    expect(await readThrough(store, "k", compute, later)).toBe("page-2")
    expect(calls()).toBe(2)
  })

  it("keeps serving the stale page when a refresh fails, and a miss answers the error", async () => {
    const { store } = mapStore()
    let fail = false
    const compute = async () => {
      if (fail) {
        throw new Error("order read failed")
      }
      return "page-1"
    }
    await readThrough(store, "k", compute, () => 0)
    fail = true
    const later = () => PAGE_FRESH_S * 1000 + 1
    expect(await readThrough(store, "k", compute, later)).toBe("page-1")
    await new Promise((resolve) => setImmediate(resolve))
    expect(await readThrough(store, "k", compute, later)).toBe("page-1")
    await expect(readThrough(store, "other", compute, later)).rejects.toThrow(
      "order read failed"
    )
  })
})
