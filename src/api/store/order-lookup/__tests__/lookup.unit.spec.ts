import { MemoryRateLimitStore, type Clock } from "../../../utils/rate-limit"
import { lookupThrottle } from "../throttle"
import { orderLookupView, phoneTailMatches } from "../view"

function fakeClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let now = start
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms
    },
    advance: (ms) => {
      now += ms
    },
  }
}

/** Runs the middleware with a route that answers `status`; returns the answer. */
async function call(
  middleware: ReturnType<typeof lookupThrottle>,
  body: unknown,
  ip: string,
  status: number
) {
  return new Promise<{ status: number; retryAfter?: string }>((resolve) => {
    const headers: Record<string, string> = {}
    const res: any = {
      statusCode: 200,
      status(code: number) {
        this.statusCode = code
        return this
      },
      set(name: string, value: string) {
        headers[name] = value
        return this
      },
      json(_body: unknown) {
        resolve({ status: this.statusCode, retryAfter: headers["Retry-After"] })
        return this
      },
    }
    middleware({ body, ip } as any, res, () => {
      res.statusCode = status
      res.json({})
    })
  })
}

describe("lookupThrottle", () => {
  it("locks an order number after 10 failed lookups, the right tail included, for a day", async () => {
    const clock = fakeClock()
    const throttle = lookupThrottle({
      store: new MemoryRateLimitStore(),
      clock,
    })
    for (let i = 0; i < 10; i++) {
      expect(
        (await call(throttle, { display_id: 31 }, `10.0.0.${i}`, 404)).status
      ).toBe(404)
    }
    const locked = await call(throttle, { display_id: 31 }, "10.0.1.1", 200)
    expect(locked.status).toBe(429)
    expect(Number(locked.retryAfter)).toBeGreaterThan(23 * 3600)
    // Another order is not locked by it.
    expect(
      (await call(throttle, { display_id: 32 }, "10.0.1.1", 200)).status
    ).toBe(200)
    clock.advance(24 * 3600 * 1000)
    expect(
      (await call(throttle, { display_id: 31 }, "10.0.1.1", 200)).status
    ).toBe(200)
  })

  it("locks an IP after 50 failures over any orders, for 15 minutes; successes do not count", async () => {
    const clock = fakeClock()
    const throttle = lookupThrottle({
      store: new MemoryRateLimitStore(),
      clock,
    })
    for (let i = 0; i < 20; i++) {
      await call(throttle, { display_id: 1 }, "10.9.9.9", 200)
    }
    for (let i = 0; i < 50; i++) {
      await call(throttle, { display_id: 100 + i }, "10.9.9.9", 404)
    }
    expect(
      (await call(throttle, { display_id: 999 }, "10.9.9.9", 200)).status
    ).toBe(429)
    expect(
      (await call(throttle, { display_id: 999 }, "10.9.9.8", 200)).status
    ).toBe(200)
    clock.advance(15 * 60 * 1000)
    expect(
      (await call(throttle, { display_id: 999 }, "10.9.9.9", 200)).status
    ).toBe(200)
  })
})

describe("phoneTailMatches", () => {
  it("compares the last 4 digits of the order's phone, however it was written", () => {
    const order = (phone: string | null) => ({
      display_id: 1,
      status: "pending",
      created_at: "2026-12-07",
      shipping_address: { phone },
    })
    expect(phoneTailMatches(order("+86 138 0000 5678"), "5678")).toBe(true)
    expect(phoneTailMatches(order("138-0000-5678"), "5678")).toBe(true)
    expect(phoneTailMatches(order("13800005678"), "5677")).toBe(false)
    expect(phoneTailMatches(order(null), "5678")).toBe(false)
    expect(phoneTailMatches(order("123"), "0123")).toBe(false)
  })
})

describe("orderLookupView", () => {
  it("answers status, lines, co-op and pickup, and nothing personal", () => {
    const view = orderLookupView(
      {
        id: "order_1",
        display_id: 31,
        status: "pending",
        created_at: "2026-12-07T08:00:00Z",
        email: "li@example.com",
        shipping_address: { phone: "+86 138 0000 5678", address_1: "民族路" },
        items: [{ title: "奉节脐橙", subtitle: "一级 5kg", quantity: 2 }, null],
        vendor: {
          name: "奉节县脐橙专业合作社",
          handle: "fengjie",
          id: "ven_1",
        },
        order_group: { display_id: 12, id: "ogrp_1" },
      } as any,
      { code: "042917" }
    )
    expect(view).toEqual({
      display_id: 31,
      status: "pending",
      created_at: "2026-12-07T08:00:00Z",
      order_group: { display_id: 12 },
      vendor: { name: "奉节县脐橙专业合作社", handle: "fengjie" },
      items: [{ title: "奉节脐橙", subtitle: "一级 5kg", quantity: 2 }],
      pickup: { code: "042917" },
    })
  })
})
