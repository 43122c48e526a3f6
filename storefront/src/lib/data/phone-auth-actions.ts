"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { normalizeCnMobile, normalizeSmsCode } from "../util/phone"
import { getCartId, setAuthToken } from "./cookies"

/**
 * Sign-in by phone and SMS code (手机号 + 验证码). Errors are codes the form
 * translates: `phone` (not a mainland mobile), `code` (wrong, expired or
 * spent), `too_many` (throttled), `failed` (anything else).
 */
export type PhoneAuthState = {
  error: "phone" | "code" | "too_many" | "failed" | null
  /** Seconds until another code may be requested, after a send. */
  resend_in?: number
}

const statusOf = (error: unknown) => (error as { status?: number })?.status

/** Texts a code to the phone; the same answer for known and new phones. */
export async function sendPhoneCode(rawPhone: string): Promise<PhoneAuthState> {
  const phone = normalizeCnMobile(rawPhone)
  if (!phone) {
    return { error: "phone" }
  }
  try {
    const sent = await sdk.client.fetch<{ resend_in: number }>(
      "/auth/customer/phone/code",
      { method: "POST", body: { phone } }
    )
    return { error: null, resend_in: sent.resend_in }
  } catch (error) {
    const status = statusOf(error)
    return {
      error: status === 429 ? "too_many" : status === 400 ? "phone" : "failed",
    }
  }
}

/** The `actor_id` a Medusa token names; empty before the account exists. */
function actorOf(token: string): string {
  try {
    const payload = JSON.parse(
      Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")
    )
    return typeof payload.actor_id === "string" ? payload.actor_id : ""
  } catch {
    return ""
  }
}

/**
 * Signs in with the code; a phone's first sign-in creates its account
 * (`POST /store/customers/phone`) and swaps the token for one naming it.
 */
async function phoneToken(phone: string, code: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token: string }>(
    "/auth/customer/phone",
    { method: "POST", body: { phone, code } }
  )
  if (actorOf(token)) {
    return token
  }
  const authorization = `Bearer ${token}`
  await sdk.client.fetch("/store/customers/phone", {
    method: "POST",
    body: {},
    headers: { authorization },
  })
  const refreshed = await sdk.client.fetch<{ token: string }>(
    "/auth/token/refresh",
    { method: "POST", headers: { authorization } }
  )
  return refreshed.token
}

export async function phoneSignIn(
  _prev: PhoneAuthState,
  formData: FormData
): Promise<PhoneAuthState> {
  const phone = normalizeCnMobile(String(formData.get("phone") ?? ""))
  if (!phone) {
    return { error: "phone" }
  }
  const code = normalizeSmsCode(String(formData.get("code") ?? ""))
  if (!code) {
    return { error: "code" }
  }
  try {
    const token = await phoneToken(phone, code)
    await setAuthToken(token)
    // A guest cart follows the shopper into the account.
    const cartId = await getCartId()
    if (cartId) {
      await sdk.store.cart
        .transferCart(
          cartId,
          { fields: "id" },
          { authorization: `Bearer ${token}` }
        )
        .catch(() => undefined)
    }
  } catch (error) {
    const status = statusOf(error)
    return {
      error: status === 401 ? "code" : status === 429 ? "too_many" : "failed",
    }
  }
  redirect(`${formData.get("locale") === "en" ? "/en" : ""}/account`)
}
