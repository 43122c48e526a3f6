import { createSecretKey } from "node:crypto"
import path from "node:path"
import { defineConfig, loadEnv, MedusaError } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Every knob here comes from the environment, so one build runs on a laptop
 * (`npm start`: embedded PostgreSQL, in-memory infrastructure) and at scale
 * (server + worker instances, Redis, managed PostgreSQL). The README lists
 * every variable.
 */
const env = process.env

const STOREFRONT_URL = env.STOREFRONT_URL || "http://localhost:8000"
const BACKEND_URL = env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const ADMIN_DEV_ORIGINS = "http://localhost:5173,http://localhost:9000"

const REDIS_URL = env.REDIS_URL
const WORKER_MODE = parseWorkerMode(env.MEDUSA_WORKER_MODE)

function parseWorkerMode(value?: string): "shared" | "worker" | "server" {
  if (!value) {
    return "shared"
  }
  if (value === "shared" || value === "worker" || value === "server") {
    return value
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    `MEDUSA_WORKER_MODE must be "shared", "worker" or "server"; got "${value}".`
  )
}

/**
 * Tokens are signed with JWT_SECRET (HS256, Medusa's default). Every request
 * verifies its bearer token with `jwtPublicKey ?? jwtSecret`; given a string,
 * jsonwebtoken first tries to parse it as a PEM public key and builds the key
 * from the exception, about 6 % of a cached co-op order list request's CPU.
 * The same secret as a key object skips that, and the algorithm is pinned.
 */
function jwtVerification(secret?: string) {
  if (!secret) {
    return {}
  }
  return {
    jwtPublicKey: createSecretKey(Buffer.from(secret)) as unknown as string,
    jwtOptions: { algorithm: "HS256" as const },
    jwtVerifyOptions: { algorithms: ["HS256" as const] },
  }
}

/**
 * Pickup codes and QR payloads are keyed by a secret of their own, so a
 * leaked JWT secret does not reveal them; production refuses to start
 * without it rather than fall back to a shared or public one.
 */
if (env.NODE_ENV === "production" && !env.PICKUP_CODE_SECRET) {
  throw new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    "PICKUP_CODE_SECRET must be set in production: it keys pickup codes and QR payloads (npm start keeps one in .data/secrets.json)."
  )
}

function redisModules(redisUrl: string) {
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    cachingModule(redisUrl),
  ]
}

/**
 * Medusa's Caching Module: Redis when there is one (shared by every
 * process, invalidated across them), else an in-process cache for the
 * single `npm start` process. Medusa caches the publishable-key lookup every
 * /store request makes, and cart reads, through it; the catalogue caches its
 * responses in it (docs/performance.md).
 */
function cachingModule(redisUrl?: string) {
  return {
    resolve: "@medusajs/medusa/caching",
    options: redisUrl
      ? {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        }
      : { in_memory: { enable: true } },
  }
}

function paymentModule() {
  if (!env.STRIPE_API_KEY) {
    // The system provider (pp_system_default) is always registered.
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            },
          },
        ],
      },
    },
  ]
}

/**
 * The dashboard draws country flags with `react-country-flag`, which loads
 * each SVG from a public CDN: offline, or behind a firewall, the back office
 * shows broken images. The admin build takes the package from
 * src/admin/lib/country-flag.tsx instead, and copies the `flag-icons` SVGs
 * into itself (served as /app/4x3/<code>.svg). Medusa itself is untouched.
 */
const adminServesItsOwnFlags: NonNullable<
  ConfigModule["admin"]["vite"]
> = () => {
  const root = process.cwd()
  return {
    publicDir: path.join(root, "node_modules", "flag-icons", "flags"),
    resolve: {
      alias: [
        {
          find: /^react-country-flag$/,
          replacement: path.join(
            root,
            "src",
            "admin",
            "lib",
            "country-flag.tsx"
          ),
        },
      ],
    },
  }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl:
      env.DATABASE_URL || "postgres://postgres@localhost:5432/tiantou",
    redisUrl: REDIS_URL,
    workerMode: WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS || STOREFRONT_URL,
      adminCors: env.ADMIN_CORS || `${ADMIN_DEV_ORIGINS},${BACKEND_URL}`,
      authCors:
        env.AUTH_CORS ||
        `${STOREFRONT_URL},${ADMIN_DEV_ORIGINS},${BACKEND_URL}`,
      // Shoppers sign in by email and password or by phone and SMS code;
      // everyone else by email and password only.
      authMethodsPerActor: {
        customer: ["emailpass", "phone"],
        user: ["emailpass"],
        vendor: ["emailpass"],
        pickup: ["emailpass"],
      },
      // jwtSecret and cookieSecret are left to Medusa's defaults, which read
      // JWT_SECRET and COOKIE_SECRET and refuse to run without them in production.
      ...jwtVerification(env.JWT_SECRET),
    },
    // Medusa marks the session cookie Secure in production, and express-session
    // then refuses to send it over plain HTTP, which breaks admin login on
    // http://localhost. Follow the backend URL's scheme instead.
    cookieOptions: {
      secure: env.COOKIE_SECURE
        ? env.COOKIE_SECURE === "true"
        : BACKEND_URL.startsWith("https://"),
    },
  },
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: env.MEDUSA_BACKEND_URL || "/",
    storefrontUrl: STOREFRONT_URL,
    vite: adminServesItsOwnFlags,
  },
  // Medusa's caching (still behind a flag in 2.21) is on unless
  // MEDUSA_FF_CACHING=false; see cachingModule().
  featureFlags: { caching: env.MEDUSA_FF_CACHING !== "false" },
  modules: [
    ...(REDIS_URL ? redisModules(REDIS_URL) : [cachingModule()]),
    ...paymentModule(),
    {
      resolve: "./src/modules/marketplace",
      options: {
        after_sales_window_hours: Number(env.AFTER_SALES_WINDOW_HOURS || 48),
        default_commission_rate: Number(env.DEFAULT_COMMISSION_RATE || 5),
      },
    },
    {
      // Registering providers replaces the defaults, so manual stays listed.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/pickup-fulfillment", id: "pickup" },
        ],
      },
    },
    { resolve: "./src/modules/grading" },
    { resolve: "./src/modules/origin" },
    {
      // Registering providers replaces the defaults, so emailpass stays
      // listed. `phone` is sign-in by SMS code (src/modules/auth-phone).
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "./src/modules/auth-phone", id: "phone" },
        ],
      },
    },
    {
      // Co-op notices (certificate and brand-authorization expiry) go to
      // the co-op's feed and email. The local provider logs them; swap it
      // for a real email provider for `email` in production (one provider
      // per channel). `sms` (sign-in codes) goes to sms-local, which logs
      // each text; put an SMS gateway's provider there in production.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["feed", "email"] },
          },
          {
            resolve: "./src/modules/sms-local",
            id: "sms-local",
            options: { channels: ["sms"] },
          },
        ],
      },
    },
    {
      // Product photos. The local provider writes to ./static, which the
      // server serves at /static; its URLs must carry the backend's public
      // URL. Swap it for an S3-compatible provider (one is_default) when
      // running more than one server.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${BACKEND_URL}/static` },
          },
        ],
      },
    },
    { resolve: "./src/modules/pickup" },
    { resolve: "./src/modules/catalogue" },
  ],
})
