import path from "node:path"

const CONFIG = path.resolve(__dirname, "../../medusa-config.ts")

/** Loads medusa-config.ts afresh under the given environment. */
function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
  try {
    let config: any
    jest.isolateModules(() => {
      config = require(CONFIG)
    })
    return config
  } finally {
    process.env = saved
  }
}

const resolves = (config: any) =>
  Object.values(config.modules).map((m: any) => m.resolve)

const moduleOf = (config: any, key: string) => config.modules[key]

describe("medusa-config", () => {
  const base = {
    REDIS_URL: undefined,
    STRIPE_API_KEY: undefined,
    MEDUSA_WORKER_MODE: undefined,
    STORE_CORS: undefined,
    AUTH_CORS: undefined,
    STOREFRONT_URL: undefined,
    COOKIE_SECURE: undefined,
    MEDUSA_BACKEND_URL: undefined,
    MEDUSA_FF_CACHING: undefined,
  }

  it("uses in-memory infrastructure when REDIS_URL is unset", () => {
    const config = loadConfig(base)
    expect(config.projectConfig.redisUrl).toBeUndefined()
    expect(resolves(config)).not.toEqual(
      expect.arrayContaining(["@medusajs/medusa/event-bus-redis"])
    )
    expect(moduleOf(config, "event_bus").resolve).toBe(
      "@medusajs/medusa/event-bus-local"
    )
    expect(moduleOf(config, "workflows").resolve).toBe(
      "@medusajs/medusa/workflow-engine-inmemory"
    )
  })

  it("switches event bus, workflow engine, locking, caching and sessions to Redis when REDIS_URL is set", () => {
    const config = loadConfig({ ...base, REDIS_URL: "redis://cache:6379" })
    expect(config.projectConfig.redisUrl).toBe("redis://cache:6379")
    expect(resolves(config)).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/caching",
      ])
    )
    const locking = Object.values(config.modules).find(
      (m: any) => m.resolve === "@medusajs/medusa/locking"
    ) as any
    expect(locking.options.providers[0]).toMatchObject({
      resolve: "@medusajs/medusa/locking-redis",
      options: { redisUrl: "redis://cache:6379" },
    })
  })

  it("caches through Medusa's Caching Module: in-process alone, Redis with REDIS_URL", () => {
    const local = loadConfig(base)
    expect(moduleOf(local, "caching")).toMatchObject({
      resolve: "@medusajs/medusa/caching",
      options: { in_memory: { enable: true } },
    })
    expect(local.featureFlags.caching).toBe(true)
    const shared = loadConfig({ ...base, REDIS_URL: "redis://cache:6379" })
    expect(moduleOf(shared, "caching").options.providers[0]).toMatchObject({
      resolve: "@medusajs/medusa/caching-redis",
      options: { redisUrl: "redis://cache:6379" },
    })
    expect(
      loadConfig({ ...base, MEDUSA_FF_CACHING: "false" }).featureFlags.caching
    ).toBe(false)
  })

  it("honours MEDUSA_WORKER_MODE and rejects unknown modes", () => {
    expect(
      loadConfig({ ...base, MEDUSA_WORKER_MODE: "worker" }).projectConfig
        .workerMode
    ).toBe("worker")
    expect(loadConfig(base).projectConfig.workerMode).toBe("shared")
    expect(() => loadConfig({ ...base, MEDUSA_WORKER_MODE: "cron" })).toThrow(
      /MEDUSA_WORKER_MODE must be "shared", "worker" or "server"; got "cron"/
    )
  })

  it("registers the Stripe provider only when STRIPE_API_KEY is set", () => {
    // Without Stripe, Medusa's default payment module serves the system
    // provider (pp_system_default) only.
    expect(moduleOf(loadConfig(base), "payment").options).toBeUndefined()
    const config = loadConfig({ ...base, STRIPE_API_KEY: "sk_test_123" })
    expect(moduleOf(config, "payment").options.providers).toEqual([
      expect.objectContaining({
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: expect.objectContaining({ apiKey: "sk_test_123" }),
      }),
    ])
  })

  it("lets the storefront origin call /store and /auth by default", () => {
    const config = loadConfig({
      ...base,
      STOREFRONT_URL: "https://shop.tiantou.example",
    })
    expect(config.projectConfig.http.storeCors).toBe(
      "https://shop.tiantou.example"
    )
    expect(config.projectConfig.http.authCors).toContain(
      "https://shop.tiantou.example"
    )
  })

  it("marks the session cookie Secure only for an https backend", () => {
    expect(loadConfig(base).projectConfig.cookieOptions.secure).toBe(false)
    expect(
      loadConfig({ ...base, MEDUSA_BACKEND_URL: "https://api.tiantou.example" })
        .projectConfig.cookieOptions.secure
    ).toBe(true)
  })
})
