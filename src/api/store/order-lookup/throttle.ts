import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  type Clock,
  envInt,
  lazyLimiters,
  type RateLimitStore,
  systemClock,
  tooManyRequests,
} from "../../utils/rate-limit"

export type LookupThrottleOptions = {
  store?: RateLimitStore
  clock?: Clock
  /** Failed lookups of one order number per window. */
  per_order?: number
  order_window_ms?: number
  /** Failed lookups from one client IP per window, over all orders. */
  per_ip?: number
  ip_window_ms?: number
}

/**
 * Throttles POST /store/order-lookup. A phone tail is only 4 digits, so a
 * failed lookup (404) counts against its order number and against its IP,
 * and at either limit the route answers 429 with Retry-After, the right
 * tail included, until the window ends. Per order: 10 failures a day give
 * a guesser 20 of the 10,000 tails (0.2 %) within a parcel's 48 free
 * storage hours. Per IP (50 per 15 minutes): a guesser cannot walk the
 * order numbers instead at any speed. The IP limit is a short window and
 * high: a storefront that looks orders up server-side shows Medusa one IP
 * for all its shoppers. The cost of the order limit is that a stranger can
 * lock one order's lookup for a day; the code still reaches its shopper by
 * email and SMS.
 */
export function lookupThrottle(options: LookupThrottleOptions = {}) {
  const clock = options.clock ?? systemClock
  const orderWindowMs = options.order_window_ms ?? 24 * 60 * 60_000
  const ipWindowMs = options.ip_window_ms ?? 15 * 60_000
  const perOrder =
    options.per_order ??
    envInt(process.env.ORDER_LOOKUP_MAX_FAILURES_PER_ORDER, 10)
  const perIp =
    options.per_ip ?? envInt(process.env.ORDER_LOOKUP_MAX_FAILURES_PER_IP, 50)
  const limitersFor = lazyLimiters(
    {
      byOrder: { limit: perOrder, window_ms: orderWindowMs },
      byIp: { limit: perIp, window_ms: ipWindowMs },
    },
    { store: options.store, clock }
  )

  return async (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const { byOrder, byIp } = limitersFor()
    const displayId = (req.body as Record<string, unknown> | undefined)
      ?.display_id
    const orderKey = `order-lookup:order:${String(displayId)}`
    const ipKey = `order-lookup:ip:${req.ip}`
    const wait = Math.max(
      await byOrder.blockedFor(orderKey),
      await byIp.blockedFor(ipKey)
    )
    if (wait > 0) {
      tooManyRequests(
        res,
        wait,
        `Too many failed order lookups; try again in ${Math.ceil(wait / 60)} minute(s).`
      )
      return
    }
    // The outcome is known only when the route (or the error handler)
    // answers, so the answer waits until a failure is counted.
    const send = res.json.bind(res)
    res.json = ((body: unknown) => {
      const settle =
        res.statusCode === 404
          ? Promise.all([byOrder.hit(orderKey), byIp.hit(ipKey)])
          : Promise.resolve()
      settle.then(
        () => send(body),
        () => send(body)
      )
      return res
    }) as MedusaResponse["json"]
    next()
  }
}
