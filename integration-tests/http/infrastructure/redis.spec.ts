import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import Redis from "ioredis"

jest.setTimeout(120 * 1000)

// npm test hands the machine's REDIS_URL on as TEST_REDIS_URL, so the rest of
// the suite runs on in-memory infrastructure and only this app uses Redis.
const redisUrl = process.env.TEST_REDIS_URL

/** Resolves with the first event of that name the bus delivers. */
function nextEvent(bus: IEventBusModuleService, name: string) {
  return new Promise<any>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No "${name}" event within 15 s`)),
      15000
    )
    bus.subscribe(
      name,
      async (event: any) => {
        clearTimeout(timer)
        resolve(event)
      },
      { subscriberId: `redis-spec-${name}-${Date.now()}` }
    )
  })
}

if (!redisUrl) {
  process.stderr.write(
    "Skipping the Redis infrastructure spec: set REDIS_URL (npm test passes it on as TEST_REDIS_URL) to run it.\n"
  )
  describe("Redis infrastructure", () => {
    it.skip("boots and handles events on Redis (REDIS_URL is not set)", () => {})
  })
} else {
  const previous = process.env.REDIS_URL
  process.env.REDIS_URL = redisUrl

  medusaIntegrationTestRunner({
    inApp: true,
    testSuite: ({ api, getContainer }) => {
      afterAll(() => {
        if (previous === undefined) {
          delete process.env.REDIS_URL
        } else {
          process.env.REDIS_URL = previous
        }
      })

      describe("with REDIS_URL set", () => {
        it("boots with Medusa's Redis event bus, locking and sessions", async () => {
          const container = getContainer()
          const bus = container.resolve(Modules.EVENT_BUS)
          expect(bus.constructor.name).toBe("RedisEventBusService")

          const config = container.resolve(
            ContainerRegistrationKeys.CONFIG_MODULE
          )
          expect(config.projectConfig.redisUrl).toBe(redisUrl)

          // The lock lands in Redis under Medusa's "medusa_lock:" prefix.
          const locking = container.resolve(Modules.LOCKING)
          const key = `tiantou-redis-spec-${Date.now()}`
          await locking.acquire(key, { ownerId: "redis-spec", expire: 5 })
          const redis = new Redis(redisUrl!)
          try {
            expect(await redis.exists(`medusa_lock:${key}`)).toBe(1)
            await locking.release(key, { ownerId: "redis-spec" })
            expect(await redis.exists(`medusa_lock:${key}`)).toBe(0)
          } finally {
            redis.disconnect()
          }

          const health = await api.get("/health")
          expect(health.status).toBe(200)
        })

        it("delivers an emitted event to its subscriber through Redis", async () => {
          const bus = getContainer().resolve<IEventBusModuleService>(
            Modules.EVENT_BUS
          )
          const received = nextEvent(bus, "tiantou.redis_check")
          await bus.emit({
            name: "tiantou.redis_check",
            data: { id: "check_1", note: "田头" },
          })
          await expect(received).resolves.toMatchObject({
            name: "tiantou.redis_check",
            data: { id: "check_1", note: "田头" },
          })
        })

        it("runs a core workflow and delivers its product.created event", async () => {
          const container = getContainer()
          const bus = container.resolve<IEventBusModuleService>(
            Modules.EVENT_BUS
          )
          const received = nextEvent(bus, "product.created")
          const { result } = await createProductsWorkflow(container).run({
            input: {
              products: [
                {
                  title: "梁平柚",
                  handle: "redis-pomelo",
                  options: [{ title: "规格", values: ["2 个装"] }],
                },
              ],
            },
          })
          const event = await received
          expect(event.data.id).toBe(result[0].id)
        })
      })
    },
  })
}
