import {
  inviteTokenMatches,
  newInviteToken,
} from "../../marketplace/utils/invite-token"

/** How long an email-verification link works after it is sent. */
export const EMAIL_VERIFICATION_TTL_HOURS = 24

/** A new link is sent at most this often per customer. */
export const EMAIL_VERIFICATION_RESEND_SECONDS = 60

/** The notification template of the email that carries the token. */
export const EMAIL_VERIFICATION_TEMPLATE = "customer-email-verification"

/** The storefront page that confirms the email (zh-CN; English is /en/…). */
export const EMAIL_VERIFICATION_PATH = "/account/verify-email"

/**
 * What a customer's `metadata.email_verification` holds while a link is
 * out: the token's SHA-256 (never the token), the email it was sent to,
 * when it was sent and when it expires.
 */
export type PendingEmailVerification = {
  token_hash: string
  email: string
  sent_at: string
  expires_at: string
}

/** A new one-time token (256 bits) and the pending record to store. */
export function newEmailVerification(
  email: string,
  now = new Date()
): { token: string; pending: PendingEmailVerification } {
  const { token, hash } = newInviteToken()
  return {
    token,
    pending: {
      token_hash: hash,
      email,
      sent_at: now.toISOString(),
      expires_at: new Date(
        now.getTime() + EMAIL_VERIFICATION_TTL_HOURS * 3_600_000
      ).toISOString(),
    },
  }
}

export type VerificationProblem = "none" | "mismatch" | "expired" | "email"

/**
 * Why a presented token does not verify the customer's email, or null
 * when it does: a pending record, the same token, not expired, and the
 * customer's email still the one the link was sent to.
 */
export function emailVerificationProblem(
  pending: PendingEmailVerification | null | undefined,
  token: string,
  currentEmail: string | null | undefined,
  now = new Date()
): VerificationProblem | null {
  if (!pending?.token_hash) {
    return "none"
  }
  if (!inviteTokenMatches(token, pending.token_hash)) {
    return "mismatch"
  }
  if (new Date(pending.expires_at).getTime() <= now.getTime()) {
    return "expired"
  }
  if (
    !currentEmail ||
    currentEmail.trim().toLowerCase() !== pending.email.trim().toLowerCase()
  ) {
    return "email"
  }
  return null
}

/** The link in the verification email. */
export function emailVerificationUrl(
  storefrontUrl: string,
  token: string
): string {
  const base = storefrontUrl.replace(/\/+$/, "")
  return `${base}${EMAIL_VERIFICATION_PATH}?token=${encodeURIComponent(token)}`
}
