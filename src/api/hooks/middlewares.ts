import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  envInt,
  RateLimiter,
  rateLimitStore,
  tooManyRequests,
} from "../utils/rate-limit"

/**
 * The payment webhook is open to the internet and queues what it gets for
 * three attempts, so it takes bounded bodies, a bounded rate per client IP
 * (429 with Retry-After) and only providers this app registered (404),
 * before anything is queued. The body cap is Express's 100 kB (413), which
 * Medusa's own body-parser entry for this route (raw body kept for
 * signature checks) leaves in place; provider events are a few kB.
 */
let limiter: RateLimiter | null = null

async function webhookRateLimit(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  limiter ??= new RateLimiter(rateLimitStore(), {
    limit: envInt(process.env.WEBHOOK_MAX_PER_MINUTE, 60),
    window_ms: 60_000,
  })
  const key = `webhook:ip:${req.ip}`
  const wait = await limiter.blockedFor(key)
  if (wait > 0) {
    tooManyRequests(
      res,
      wait,
      `Too many payment webhooks from this address; try again in ${wait} s.`
    )
    return
  }
  await limiter.hit(key)
  next()
}

async function onlyRegisteredProviders(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const provider = req.params.provider
  const id = provider.startsWith("pp_") ? provider : `pp_${provider}`
  const payment = req.scope.resolve(Modules.PAYMENT)
  const [registered] = await payment.listPaymentProviders({
    id,
    is_enabled: true,
  })
  if (!registered) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Payment provider "${provider}" was not found.`
    )
  }
  next()
}

// /hooks/payment: payment webhooks, completing carts through the same path as the store.
export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/:provider",
    methods: ["POST"],
    middlewares: [webhookRateLimit, onlyRegisteredProviders],
  },
]
