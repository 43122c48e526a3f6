import {
  MemoryRateLimitStore,
  padding,
  padTo,
  RateLimiter,
  RedisRateLimitStore,
  type Clock,
  type RateLimitStore,
} from "../rate-limit"

const MINUTE = 60_000

/** A clock that only moves when told to, and records what it was asked to wait. */
function fakeClock(start = 1_000_000) {
  const slept: number[] = []
  let now = start
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms)
      now += ms
    },
  }
  return { clock, slept, advance: (ms: number) => (now += ms) }
}

function limiterSuite(name: string, makeStore: () => RateLimitStore) {
  describe(`RateLimiter on ${name}`, () => {
    let store: RateLimitStore
    let key: string

    beforeEach(() => {
      store = makeStore()
      key = `test:${Math.random().toString(36).slice(2)}`
    })

    afterEach(async () => {
      await store.reset(key)
    })

    it("lets a key go on below the limit and blocks it at the limit until the window ends", async () => {
      const { clock, advance } = fakeClock(Date.now())
      const limiter = new RateLimiter(
        store,
        { limit: 3, window_ms: 15 * MINUTE },
        clock
      )
      for (let i = 0; i < 2; i++) {
        await limiter.hit(key)
        expect(await limiter.blockedFor(key)).toBe(0)
      }
      await limiter.hit(key)
      const wait = await limiter.blockedFor(key)
      expect(wait).toBeGreaterThan(14 * 60)
      expect(wait).toBeLessThanOrEqual(15 * 60)
      // Other keys are untouched.
      expect(await limiter.blockedFor(`${key}:other`)).toBe(0)
      if (store instanceof MemoryRateLimitStore) {
        advance(15 * MINUTE)
        expect(await limiter.blockedFor(key)).toBe(0)
      }
    })

    it("forgets a key on reset", async () => {
      const limiter = new RateLimiter(store, { limit: 1, window_ms: MINUTE })
      await limiter.hit(key)
      expect(await limiter.blockedFor(key)).toBeGreaterThan(0)
      await limiter.reset(key)
      expect(await limiter.blockedFor(key)).toBe(0)
    })

    it("counts concurrent hits once each", async () => {
      const limiter = new RateLimiter(store, { limit: 50, window_ms: MINUTE })
      const windows = await Promise.all(
        Array.from({ length: 20 }, () => limiter.hit(key))
      )
      expect(windows.map((w) => w.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1)
      )
    })
  })
}

limiterSuite("memory", () => new MemoryRateLimitStore())

const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL
if (redisUrl) {
  const Redis = require("ioredis")
  const redis = new Redis(redisUrl)
  afterAll(() => redis.quit())
  limiterSuite(
    "Redis",
    () => new RedisRateLimitStore(redis, "tiantou-test:rate-limit:")
  )
}

describe("padding", () => {
  it("waits out the rest of the minimum, and nothing once it has passed", () => {
    expect(padding(1000, 750, 1000)).toBe(750)
    expect(padding(1000, 750, 1600)).toBe(150)
    expect(padding(1000, 750, 1750)).toBe(0)
    expect(padding(1000, 750, 5000)).toBe(0)
  })

  it("makes a fast failure and a slow one end at the same moment", async () => {
    const fast = fakeClock(0)
    fast.advance(5) // an unknown email: no scrypt to run
    await padTo(0, 750, fast.clock)

    const slow = fakeClock(0)
    slow.advance(400) // a wrong password: scrypt ran
    await padTo(0, 750, slow.clock)

    expect(fast.slept).toEqual([745])
    expect(slow.slept).toEqual([350])
    expect(fast.clock.now()).toBe(slow.clock.now())
  })

  it("does not sleep when the minimum has already passed", async () => {
    const late = fakeClock(0)
    late.advance(900)
    await padTo(0, 750, late.clock)
    expect(late.slept).toEqual([])
  })
})
