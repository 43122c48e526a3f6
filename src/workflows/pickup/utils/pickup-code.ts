import { MedusaError } from "@medusajs/framework/utils"
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * Pickup codes. The customer must be able to see their code on the order,
 * yet the database holds it only hashed: the code is derived from a random
 * per-parcel nonce with a server secret, so the order view re-derives it for
 * the owner while a database dump alone reveals nothing. Staff never see it.
 */

const DEV_SECRET = "tiantou-dev-pickup-code-secret"
const QR_PREFIX = "tpk1"

let warned = false

/**
 * The secret behind codes and QR payloads: PICKUP_CODE_SECRET, its own key
 * so that a leaked JWT secret does not also reveal every parcel's code.
 * Production refuses to run without it (medusa-config.ts checks at startup);
 * elsewhere a fixed development default is used, with a warning, once.
 * Changing it makes every issued code and QR payload unreadable.
 */
export function pickupCodeSecret(
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = (message) => console.warn(message)
): string {
  const secret = env.PICKUP_CODE_SECRET
  if (secret) {
    return secret
  }
  if (env.NODE_ENV === "production") {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "PICKUP_CODE_SECRET must be set in production: it keys pickup codes and QR payloads."
    )
  }
  if (!warned) {
    warned = true
    warn(
      "PICKUP_CODE_SECRET is unset; pickup codes use a development secret. Set PICKUP_CODE_SECRET in any real deployment."
    )
  }
  return DEV_SECRET
}

/** A fresh random nonce for a parcel's code (base64url, 128 bits). */
export function newCodeNonce(): string {
  return randomBytes(16).toString("base64url")
}

function hmac(secret: string, message: string) {
  return createHmac("sha256", secret).update(message).digest()
}

/**
 * The parcel's 6-digit code, derived from the secret, the parcel id and its
 * nonce. 48 bits of the HMAC reduced mod 10^6 keep the bias below 1e-8.
 */
export function derivePickupCode(
  secret: string,
  parcelId: string,
  nonce: string
): string {
  const digest = hmac(secret, `pickup-code:${parcelId}:${nonce}`)
  return (digest.readUIntBE(0, 6) % 1_000_000).toString().padStart(6, "0")
}

/**
 * The stored form of a code. Keyed by point so that uniqueness among a
 * point's active parcels is a plain equality check on the hash.
 */
export function hashPickupCode(
  secret: string,
  pointId: string,
  code: string
): string {
  return hmac(secret, `pickup-hash:${pointId}:${code}`).toString("hex")
}

/** Compares an entered code with a stored hash in constant time. */
export function codesMatch(
  secret: string,
  pointId: string,
  code: string,
  storedHash: string | null | undefined
): boolean {
  if (!storedHash) {
    return false
  }
  const entered = Buffer.from(hashPickupCode(secret, pointId, code), "hex")
  const stored = Buffer.from(storedHash, "hex")
  if (entered.length !== stored.length) {
    return false
  }
  return timingSafeEqual(entered, stored)
}

export type QrPayload = { parcel_id: string; code: string }

/**
 * A QR payload the customer shows at the counter: `tpk1.<body>.<signature>`,
 * base64url, HMAC-signed; `expires_at` is optional.
 */
export function signQrPayload(
  secret: string,
  payload: QrPayload,
  options: { expires_at?: Date } = {}
): string {
  const body = Buffer.from(
    JSON.stringify({
      p: payload.parcel_id,
      c: payload.code,
      ...(options.expires_at
        ? { e: Math.floor(options.expires_at.getTime() / 1000) }
        : {}),
    })
  ).toString("base64url")
  const signature = hmac(secret, `${QR_PREFIX}.${body}`).toString("base64url")
  return `${QR_PREFIX}.${body}.${signature}`
}

export type QrVerification =
  | ({ ok: true } & QrPayload)
  | { ok: false; reason: "malformed" | "signature" | "expired" }

/** Checks a QR payload's form, signature and expiry. */
export function verifyQrPayload(
  secret: string,
  qr: string,
  now: Date = new Date()
): QrVerification {
  const parts = qr.split(".")
  if (parts.length !== 3 || parts[0] !== QR_PREFIX) {
    return { ok: false, reason: "malformed" }
  }
  const expected = hmac(secret, `${QR_PREFIX}.${parts[1]}`)
  const given = Buffer.from(parts[2], "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "signature" }
  }
  let body: { p?: unknown; c?: unknown; e?: unknown }
  try {
    body = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"))
  } catch {
    return { ok: false, reason: "malformed" }
  }
  if (typeof body.p !== "string" || typeof body.c !== "string") {
    return { ok: false, reason: "malformed" }
  }
  if (typeof body.e === "number" && body.e * 1000 <= now.getTime()) {
    return { ok: false, reason: "expired" }
  }
  return { ok: true, parcel_id: body.p, code: body.c }
}
