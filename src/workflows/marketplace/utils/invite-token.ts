import { createHash, randomBytes, timingSafeEqual } from "node:crypto"

/** How long an invitation's token works after it is sent. */
export const INVITE_TTL_HOURS = 72

/** The notification template of the email that carries the token. */
export const INVITE_NOTIFICATION_TEMPLATE = "vendor-member-invite"

/** The storefront page that accepts an invitation (zh-CN; English is /en/…). */
export const INVITE_ACCEPT_PATH = "/co-op/join"

/** The stored form of a token: its SHA-256, hex. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/**
 * A new one-time invitation token: 32 random bytes (256 bits), base64url so
 * it travels in a URL unescaped, and the hash that is all we store of it.
 */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}

/** Whether a presented token is the one whose hash is stored. */
export function inviteTokenMatches(
  token: string,
  storedHash: string | null | undefined
): boolean {
  if (!storedHash || !token) {
    return false
  }
  const presented = Buffer.from(hashInviteToken(token), "hex")
  const stored = Buffer.from(storedHash, "hex")
  return (
    presented.length === stored.length && timingSafeEqual(presented, stored)
  )
}

/** When a token sent at `now` stops working. */
export function inviteExpiry(now = new Date()): Date {
  return new Date(now.getTime() + INVITE_TTL_HOURS * 60 * 60 * 1000)
}

/** The link in the invitation email. */
export function inviteAcceptUrl(storefrontUrl: string, token: string): string {
  const base = storefrontUrl.replace(/\/+$/, "")
  return `${base}${INVITE_ACCEPT_PATH}?token=${encodeURIComponent(token)}`
}
