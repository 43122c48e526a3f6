import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MemoryRateLimitStore, type Clock } from "../../utils/rate-limit"
import { phoneCodeThrottle } from "../phone-throttle"

function fakeClock(start = 1_000_000) {
  let now = start
  const clock: Clock = { now: () => now, sleep: async () => {} }
  return { clock, advance: (ms: number) => (now += ms) }
}

/** Runs the middleware once; says whether it let the request through. */
async function send(
  middleware: ReturnType<typeof phoneCodeThrottle>,
  phone: string,
  ip = "198.51.100.1"
) {
  const answer: { status?: number; headers: Record<string, string> } = {
    headers: {},
  }
  const res = {
    status(code: number) {
      answer.status = code
      return res
    },
    set(name: string, value: string) {
      answer.headers[name] = value
      return res
    },
    json() {
      return res
    },
  } as unknown as MedusaResponse
  let passed = false
  await middleware(
    { validatedBody: { phone }, ip } as unknown as MedusaRequest,
    res,
    () => {
      passed = true
    }
  )
  return { passed, ...answer }
}

describe("phoneCodeThrottle", () => {
  const phone = "+8613800138000"

  it("lets one code through per phone per 60 s, with Retry-After", async () => {
    const { clock, advance } = fakeClock()
    const throttle = phoneCodeThrottle({
      store: new MemoryRateLimitStore(),
      clock,
    })
    expect((await send(throttle, phone)).passed).toBe(true)
    advance(20_000)
    const again = await send(throttle, phone)
    expect(again.passed).toBe(false)
    expect(again.status).toBe(429)
    expect(again.headers["Retry-After"]).toBe("40")
    expect((await send(throttle, "+8613900139000")).passed).toBe(true)
    advance(40_000)
    expect((await send(throttle, phone)).passed).toBe(true)
  })

  it("caps a phone per day", async () => {
    const { clock, advance } = fakeClock()
    const throttle = phoneCodeThrottle({
      store: new MemoryRateLimitStore(),
      clock,
      per_phone_day: 3,
    })
    for (let i = 0; i < 3; i++) {
      expect((await send(throttle, phone, `198.51.100.${i}`)).passed).toBe(true)
      advance(61_000)
    }
    const capped = await send(throttle, phone, "198.51.100.9")
    expect(capped.status).toBe(429)
    expect(Number(capped.headers["Retry-After"])).toBeGreaterThan(23 * 3600)
    advance(24 * 3600_000)
    expect((await send(throttle, phone)).passed).toBe(true)
  })

  it("caps an IP per day over any phones", async () => {
    const { clock } = fakeClock()
    const throttle = phoneCodeThrottle({
      store: new MemoryRateLimitStore(),
      clock,
      per_ip_day: 2,
    })
    expect((await send(throttle, "+8613800138001")).passed).toBe(true)
    expect((await send(throttle, "+8613800138002")).passed).toBe(true)
    expect((await send(throttle, "+8613800138003")).status).toBe(429)
    expect(
      (await send(throttle, "+8613800138004", "198.51.100.2")).passed
    ).toBe(true)
  })
})
