import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { validateAndTransformBody } from "../utils/validators/validate"
import { MedusaError } from "@medusajs/framework/utils"
import {
  envInt,
  lazyLimiters,
  padTo,
  systemClock,
  tooManyRequests,
  type Clock,
  type RateLimitStore,
} from "../utils/rate-limit"
import { normalizePhone } from "../../modules/auth-phone/utils/phone-code"
import { passwordProblem } from "./password-policy"
import { phoneCodeThrottle } from "./phone-throttle"
import { confirmPhoneSignIn } from "./phone-sign-in"
import { AuthCustomerSendPhoneCode } from "./validators"

/**
 * Guards on Medusa's own email/password routes (/auth/:actor_type/emailpass…),
 * which take any password, answer an unknown email faster than a wrong
 * password (no scrypt to run) and never slow down a guesser.
 */

const WINDOW_MS = envInt(process.env.AUTH_FAILURE_WINDOW_MINUTES, 15) * 60_000

export type LoginThrottleOptions = {
  store?: RateLimitStore
  clock?: Clock
  /** Failed logins per (actor, email) per window. */
  per_email?: number
  /**
   * Failed logins per client IP per window, over all emails. Higher than
   * per email: a storefront that signs customers in server-side shows
   * Medusa one IP for all of them.
   */
  per_ip?: number
  window_ms?: number
  /** Every failed login answers no sooner than this after it arrived. */
  failure_min_ms?: number
  /**
   * What a login names (lower-cased email by default; the normalised
   * phone for phone sign-in), counted per actor.
   */
  identify?: (req: MedusaRequest) => string
}

function emailOf(req: MedusaRequest): string {
  const email = (req.body as Record<string, unknown> | undefined)?.email
  return typeof email === "string" ? email.trim().toLowerCase() : ""
}

function phoneOf(req: MedusaRequest): string {
  const phone = (req.body as Record<string, unknown> | undefined)?.phone
  return normalizePhone(phone) ?? ""
}

/**
 * Throttles sign-in at /auth/:actor_type/emailpass (POST, and GET). A
 * failed login (401) counts against its (actor, email) and its IP; at the
 * limit the route answers 429
 * with Retry-After, the right password included, until the window ends. A
 * success clears the email's count. Every failure, and every 429, is padded
 * to the same minimum duration, so response times do not tell an unknown
 * email (no scrypt run) from a wrong password.
 */
export function loginThrottle(options: LoginThrottleOptions = {}) {
  const clock = options.clock ?? systemClock
  const identify = options.identify ?? emailOf
  const windowMs = options.window_ms ?? WINDOW_MS
  const minMs =
    options.failure_min_ms ?? envInt(process.env.AUTH_FAILURE_MIN_MS, 750)
  const perEmail =
    options.per_email ?? envInt(process.env.AUTH_MAX_FAILURES_PER_EMAIL, 5)
  const perIp =
    options.per_ip ?? envInt(process.env.AUTH_MAX_FAILURES_PER_IP, 20)
  const limitersFor = lazyLimiters(
    {
      byEmail: { limit: perEmail, window_ms: windowMs },
      byIp: { limit: perIp, window_ms: windowMs },
    },
    { store: options.store, clock }
  )

  return async (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const { byEmail, byIp } = limitersFor()
    const startedAt = clock.now()
    const emailKey = `login:id:${req.params.actor_type}:${identify(req)}`
    const ipKey = `login:ip:${req.ip}`
    const wait = Math.max(
      await byEmail.blockedFor(emailKey),
      await byIp.blockedFor(ipKey)
    )
    if (wait > 0) {
      await padTo(startedAt, minMs, clock)
      tooManyRequests(
        res,
        wait,
        `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s).`
      )
      return
    }

    // The outcome is only known when Medusa's route (or its error handler)
    // answers, so the answer is held until it is counted and padded.
    const send = res.json.bind(res)
    res.json = ((body: unknown) => {
      const settle =
        res.statusCode === 401
          ? Promise.all([byEmail.hit(emailKey), byIp.hit(ipKey)]).then(() =>
              padTo(startedAt, minMs, clock)
            )
          : res.statusCode < 300
            ? byEmail.reset(emailKey)
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

/**
 * Refuses a weak password on registration and on reset
 * (/auth/:actor_type/emailpass/register and …/update) with a 400 naming
 * `password` and the rule; see password-policy.ts.
 */
export function passwordPolicy(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const password = (req.body as Record<string, unknown> | undefined)?.password
  const problem = passwordProblem(req.params.actor_type, password)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/auth/:actor_type/emailpass/register",
    methods: ["POST"],
    middlewares: [passwordPolicy],
  },
  {
    matcher: "/auth/:actor_type/emailpass/update",
    methods: ["POST"],
    middlewares: [passwordPolicy],
  },
  {
    // Medusa signs in on GET as well, reading the same JSON body.
    matcher: "/auth/:actor_type/emailpass",
    methods: ["GET", "POST"],
    middlewares: [loginThrottle()],
  },
  {
    matcher: "/auth/customer/phone/code",
    methods: ["POST"],
    middlewares: [
      validateAndTransformBody(AuthCustomerSendPhoneCode),
      phoneCodeThrottle(),
    ],
  },
  {
    // The same failure throttle as emailpass, per phone; on success an
    // existing customer's phone counts as verified again.
    matcher: "/auth/:actor_type/phone",
    methods: ["GET", "POST"],
    middlewares: [loginThrottle({ identify: phoneOf }), confirmPhoneSignIn],
  },
]
