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
} from "../utils/rate-limit"

/**
 * Limits on texting sign-in codes (each SMS costs money and can be used to
 * spam a stranger's phone):
 * - one code per phone per 60 s;
 * - 10 codes per phone per 24 h (a shopper who mistypes a few times is
 *   well inside it; a script pestering one number is stopped for the day);
 * - 100 codes per client IP per 24 h. Behind a storefront that calls
 *   Medusa from its server every shopper shares its IP, so there this is a
 *   ceiling on the shop's SMS spend per storefront server rather than a
 *   per-shopper limit; raise it with SMS_MAX_SENDS_PER_IP_DAY as traffic
 *   grows.
 * Counted in the same store as the login throttle (Redis when REDIS_URL
 * is set), so the limits hold across server instances.
 */
export const PHONE_CODE_COOLDOWN_SECONDS = 60
const DAY_MS = 24 * 60 * 60_000

export type PhoneCodeThrottleOptions = {
  store?: RateLimitStore
  clock?: Clock
  per_phone_day?: number
  per_ip_day?: number
}

/**
 * Throttles `POST /auth/customer/phone/code`; runs after the body is
 * validated, so it counts the normalised phone. Every request that passes
 * counts against the daily caps; one refused by a cap does not.
 */
export function phoneCodeThrottle(options: PhoneCodeThrottleOptions = {}) {
  const clock = options.clock ?? systemClock
  const perPhone =
    options.per_phone_day ?? envInt(process.env.SMS_MAX_SENDS_PER_PHONE_DAY, 10)
  const perIp =
    options.per_ip_day ?? envInt(process.env.SMS_MAX_SENDS_PER_IP_DAY, 100)
  const limitersFor = lazyLimiters(
    {
      cooldown: { limit: 1, window_ms: PHONE_CODE_COOLDOWN_SECONDS * 1000 },
      byPhone: { limit: perPhone, window_ms: DAY_MS },
      byIp: { limit: perIp, window_ms: DAY_MS },
    },
    { store: options.store, clock }
  )

  return async (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const { cooldown, byPhone, byIp } = limitersFor()
    const phone = (req.validatedBody as { phone: string }).phone
    const keys = {
      cooldown: `sms:cooldown:${phone}`,
      phone: `sms:phone:${phone}`,
      ip: `sms:ip:${req.ip}`,
    }
    // Counted before anything else, in one atomic step, so two requests at
    // once cannot both pass and text two codes.
    const opened = await cooldown.hit(keys.cooldown)
    if (opened.count > 1) {
      const wait = Math.max(
        1,
        Math.ceil((opened.reset_at - clock.now()) / 1000)
      )
      tooManyRequests(
        res,
        wait,
        `A code was just sent to this phone; request another in ${wait} s.`
      )
      return
    }
    const waitDay = Math.max(
      await byPhone.blockedFor(keys.phone),
      await byIp.blockedFor(keys.ip)
    )
    if (waitDay > 0) {
      tooManyRequests(
        res,
        waitDay,
        `Too many codes requested; try again in ${Math.ceil(waitDay / 3600)} hour(s).`
      )
      return
    }
    await Promise.all([byPhone.hit(keys.phone), byIp.hit(keys.ip)])
    next()
  }
}
