import {
  createHmac,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Sign-in codes sent by SMS (手机号 + 验证码). The code is stored only as an
 * HMAC keyed by a server secret and a fresh salt, in the phone identity's
 * provider_metadata, so a database reader cannot test the million
 * candidates offline.
 */

/** Six digits, valid five minutes, five wrong tries. */
export const PHONE_CODE_LENGTH = 6
export const PHONE_CODE_TTL_MS = 5 * 60_000
export const PHONE_CODE_MAX_ATTEMPTS = 5

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/
const DEV_SECRET = "tiantou-dev-phone-code-secret"
let warned = false

/**
 * A mainland China mobile number in E.164 (`+8613800138000`), the form
 * phone identities and customers are stored in; null for anything else.
 * Takes `13800138000`, `+86 138 0013 8000`, `0086-138…`, `86138…`.
 */
export function normalizePhone(input: unknown): string | null {
  if (typeof input !== "string") {
    return null
  }
  let digits = input.replace(/[\s\-().]/g, "")
  if (digits.startsWith("+86")) {
    digits = digits.slice(3)
  } else if (digits.startsWith("0086")) {
    digits = digits.slice(4)
  } else if (digits.length === 13 && digits.startsWith("86")) {
    digits = digits.slice(2)
  }
  return MAINLAND_MOBILE.test(digits) ? `+86${digits}` : null
}

/** `+8613800138000` → `138****8000`, for logs. */
export function maskPhone(phone: string): string {
  const national = phone.replace(/^\+86/, "")
  return `${national.slice(0, 3)}****${national.slice(-4)}`
}

/**
 * The key for code hashes: PHONE_CODE_SECRET, else JWT_SECRET (a leak of
 * which already lets anyone mint sign-in tokens); production refuses to
 * run on the development secret.
 */
export function phoneCodeSecret(
  env: Record<string, string | undefined> = process.env
): string {
  const secret = env.PHONE_CODE_SECRET || env.JWT_SECRET
  if (secret) {
    return secret
  }
  if (env.NODE_ENV === "production") {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "PHONE_CODE_SECRET (or JWT_SECRET) must be set in production: it keys SMS sign-in codes."
    )
  }
  if (!warned) {
    warned = true
    console.warn(
      "PHONE_CODE_SECRET is unset; SMS sign-in codes use a development secret."
    )
  }
  return DEV_SECRET
}

/** A uniformly random six-digit code. */
export function newPhoneCode(): string {
  return String(randomInt(0, 10 ** PHONE_CODE_LENGTH)).padStart(
    PHONE_CODE_LENGTH,
    "0"
  )
}

function hashCode(secret: string, salt: string, phone: string, code: string) {
  return createHmac("sha256", secret)
    .update(`phone-code:${salt}:${phone}:${code}`)
    .digest("hex")
}

/** What a phone identity keeps between a send and a sign-in. */
export type PhoneCodeState = {
  code_hash: string
  code_salt: string
  /** ISO time. */
  expires_at: string
  attempts: number
}

/** The provider_metadata fields for a freshly sent code. */
export function phoneCodeState(input: {
  secret: string
  phone: string
  code: string
  now: number
}): PhoneCodeState {
  const salt = randomBytes(16).toString("base64url")
  return {
    code_hash: hashCode(input.secret, salt, input.phone, input.code),
    code_salt: salt,
    expires_at: new Date(input.now + PHONE_CODE_TTL_MS).toISOString(),
    attempts: 0,
  }
}

/** The code fields emptied: no code is pending. */
export const NO_PHONE_CODE = {
  code_hash: null,
  code_salt: null,
  expires_at: null,
  attempts: 0,
}

export type PhoneCodeCheck =
  /** Right code, in time: sign in and clear it. */
  | { outcome: "ok" }
  /** Nothing pending, expired, or already used up. */
  | { outcome: "none" }
  /** Wrong; `attempts` is the new count, `spent` when it was the last try. */
  | { outcome: "wrong"; attempts: number; spent: boolean }

/** Checks an entered code against the stored state, in constant time. */
export function checkPhoneCode(input: {
  secret: string
  phone: string
  code: unknown
  state: Partial<PhoneCodeState> | null | undefined
  now: number
}): PhoneCodeCheck {
  const state = input.state
  if (
    !state?.code_hash ||
    !state.code_salt ||
    !state.expires_at ||
    Date.parse(state.expires_at) <= input.now ||
    (state.attempts ?? 0) >= PHONE_CODE_MAX_ATTEMPTS
  ) {
    return { outcome: "none" }
  }
  const entered =
    typeof input.code === "string" ? input.code.replace(/\s/g, "") : ""
  const given = Buffer.from(
    hashCode(input.secret, state.code_salt, input.phone, entered),
    "hex"
  )
  const stored = Buffer.from(state.code_hash, "hex")
  if (
    /^\d{6}$/.test(entered) &&
    given.length === stored.length &&
    timingSafeEqual(given, stored)
  ) {
    return { outcome: "ok" }
  }
  const attempts = (state.attempts ?? 0) + 1
  return {
    outcome: "wrong",
    attempts,
    spent: attempts >= PHONE_CODE_MAX_ATTEMPTS,
  }
}
