import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * Fixed-window counters for throttling: logins per (actor, email) and per
 * IP, payment webhooks per IP. One process (`npm start`) counts in memory;
 * with REDIS_URL every server shares the counts in Redis, so a client
 * cannot spread its attempts over the instances behind a load balancer.
 * Medusa's Caching Module was the first choice, but it has get/set and no
 * atomic increment, so concurrent failures would overwrite each other's
 * counts; ioredis (which @medusajs/framework depends on for sessions) has.
 */

export type Window = { count: number; reset_at: number }

/** Where counts live. Swap the store, not the limiter, to scale out. */
export interface RateLimitStore {
  /** Adds one to the key's window (opening one if none is open). */
  hit(key: string, windowMs: number, now: number): Promise<Window>
  /** The key's open window, or null. */
  peek(key: string, now: number): Promise<Window | null>
  reset(key: string): Promise<void>
}

/** In-process counts; expired windows are dropped as they are met. */
export class MemoryRateLimitStore implements RateLimitStore {
  private windows = new Map<string, Window>()

  // No await between the read and the write: concurrent hits each count.
  async hit(key: string, windowMs: number, now: number): Promise<Window> {
    const open = this.open(key, now)
    const next = open
      ? { count: open.count + 1, reset_at: open.reset_at }
      : { count: 1, reset_at: now + windowMs }
    this.windows.set(key, next)
    if (this.windows.size > 10_000) {
      this.prune(now)
    }
    return next
  }

  async peek(key: string, now: number): Promise<Window | null> {
    return this.open(key, now)
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key)
  }

  private open(key: string, now: number): Window | null {
    const open = this.windows.get(key)
    if (!open || open.reset_at <= now) {
      this.windows.delete(key)
      return null
    }
    return open
  }

  private prune(now: number) {
    for (const [key, open] of this.windows) {
      if (open.reset_at <= now) {
        this.windows.delete(key)
      }
    }
  }
}

type RedisClient = {
  multi(): {
    set(...args: unknown[]): any
    incr(key: string): any
    pttl(key: string): any
    exec(): Promise<[Error | null, unknown][] | null>
  }
  get(key: string): Promise<string | null>
  pttl(key: string): Promise<number>
  del(key: string): Promise<number>
}

/**
 * Counts in Redis: SET NX with the window's expiry, then INCR, in one
 * MULTI, so concurrent failures on several servers are all counted.
 */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private redis: RedisClient,
    private prefix = "tiantou:rate-limit:"
  ) {}

  async hit(key: string, windowMs: number, now: number): Promise<Window> {
    const k = this.prefix + key
    const replies = await this.redis
      .multi()
      .set(k, "0", "PX", windowMs, "NX")
      .incr(k)
      .pttl(k)
      .exec()
    const count = Number(replies?.[1]?.[1] ?? 1)
    const ttl = Number(replies?.[2]?.[1] ?? windowMs)
    return { count, reset_at: now + (ttl > 0 ? ttl : windowMs) }
  }

  async peek(key: string, now: number): Promise<Window | null> {
    const k = this.prefix + key
    const [count, ttl] = await Promise.all([
      this.redis.get(k),
      this.redis.pttl(k),
    ])
    if (count === null || ttl <= 0) {
      return null
    }
    return { count: Number(count), reset_at: now + ttl }
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key)
  }
}

let sharedStore: RateLimitStore | null = null

/**
 * The process's store: Redis when REDIS_URL is set, else memory.
 */
export function rateLimitStore(
  env: Record<string, string | undefined> = process.env
): RateLimitStore {
  if (!sharedStore) {
    if (env.REDIS_URL) {
      const Redis = require("ioredis")
      sharedStore = new RedisRateLimitStore(
        new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3 })
      )
    } else {
      sharedStore = new MemoryRateLimitStore()
    }
  }
  return sharedStore
}

export type Clock = {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

export type RateLimitRule = { limit: number; window_ms: number }

/**
 * A limit of `limit` counted events per window: `hit` counts one,
 * `blockedFor` says how many seconds a key must wait (0 when it may go on).
 */
export class RateLimiter {
  constructor(
    private store: RateLimitStore,
    private rule: RateLimitRule,
    private clock: Clock = systemClock
  ) {}

  async blockedFor(key: string): Promise<number> {
    const now = this.clock.now()
    const open = await this.store.peek(key, now)
    if (!open || open.count < this.rule.limit) {
      return 0
    }
    return Math.max(1, Math.ceil((open.reset_at - now) / 1000))
  }

  async hit(key: string): Promise<Window> {
    return this.store.hit(key, this.rule.window_ms, this.clock.now())
  }

  async reset(key: string): Promise<void> {
    await this.store.reset(key)
  }
}

/**
 * How long to wait so that a response started at `startedAt` leaves no
 * earlier than `minMs` after it: 0 once that time has passed.
 */
export function padding(startedAt: number, minMs: number, now: number) {
  return Math.max(0, startedAt + minMs - now)
}

/** Waits out the padding on the clock. */
export async function padTo(startedAt: number, minMs: number, clock: Clock) {
  const wait = padding(startedAt, minMs, clock.now())
  if (wait > 0) {
    await clock.sleep(wait)
  }
}

/**
 * Answers 429 with Retry-After. Written here rather than thrown: Medusa's
 * error types have no 429.
 */
export function tooManyRequests(
  res: MedusaResponse,
  retryAfterSeconds: number,
  message: string
) {
  res
    .status(429)
    .set("Retry-After", String(retryAfterSeconds))
    .json({ type: "too_many_requests", message })
}

/** A positive integer from the environment, else the default. */
export function envInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * One limiter per named rule, built on the first call (so loading the
 * routes opens no connection), on `store` or else the process's store.
 */
export function lazyLimiters<K extends string>(
  rules: Record<K, RateLimitRule>,
  options: { store?: RateLimitStore; clock?: Clock } = {}
): () => Record<K, RateLimiter> {
  let limiters: Record<K, RateLimiter> | null = null
  return () => {
    if (!limiters) {
      const store = options.store ?? rateLimitStore()
      limiters = {} as Record<K, RateLimiter>
      for (const name of Object.keys(rules) as K[]) {
        limiters[name] = new RateLimiter(store, rules[name], options.clock)
      }
    }
    return limiters
  }
}
