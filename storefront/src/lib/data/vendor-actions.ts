"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { href } from "../util/href"
import { medusaErrorMessage } from "../util/medusa-error"
import { removeVendorAuthToken, setVendorAuthToken } from "./cookies"
import { refusalState } from "./refusal-state"
import { sendToBackend } from "./send-to-backend"
import {
  formFieldOf,
  parseLogin,
  parseSignUp,
  SIGN_UP_API_FIELDS,
} from "@modules/co-op/lib/forms"
import type { CoopActionState } from "../../types/co-op"

const localeOf = (formData: FormData) =>
  formData.get("locale") === "en" ? "en" : "zh-CN"

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

async function vendorLogin(email: string, password: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token: string }>(
    "/auth/vendor/emailpass",
    { method: "POST", body: { email, password } }
  )
  return token
}

/**
 * A token for a new or an existing login of that email: registering twice
 * fails, so a person whose earlier attempt stopped half-way (the login was
 * made, the co-op was not) signs in with the same password instead.
 */
async function registrationToken(email: string, password: string) {
  try {
    const { token } = await sdk.client.fetch<{ token: string }>(
      "/auth/vendor/emailpass/register",
      { method: "POST", body: { email, password } }
    )
    return token
  } catch (error) {
    if (/already exists/i.test(medusaErrorMessage(error))) {
      return vendorLogin(email, password)
    }
    throw error
  }
}

const status = (error: unknown) => (error as { status?: number } | null)?.status

export async function signInCoop(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const parsed = parseLogin(formData)
  if (!parsed.ok) {
    return { error: null, fields: parsed.fields }
  }
  try {
    const token = await vendorLogin(parsed.value.email, parsed.value.password)
    // A login that never finished registering (or whose membership was
    // removed) has no co-op: say so instead of opening an empty console.
    await sdk.client.fetch("/vendors/me", {
      headers: bearer(token),
      cache: "no-store",
    })
    await setVendorAuthToken(token)
  } catch (error) {
    return {
      error:
        status(error) === 401 && /co-op|member/i.test(medusaErrorMessage(error))
          ? "noCoop"
          : status(error) === 401
            ? "badLogin"
            : medusaErrorMessage(error),
    }
  }
  redirect(href(localeOf(formData), "/co-op"))
}

export async function signUpCoop(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const parsed = parseSignUp(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  const { email, password, body } = parsed.value
  try {
    const registration = await registrationToken(email, password)
    await sendToBackend("/vendors", { body, headers: bearer(registration) })
    // The registration token carries no member yet; log in for one that does.
    await setVendorAuthToken(await vendorLogin(email, password))
  } catch (error) {
    if (status(error) === 401) return { error: "emailTaken" }
    return refusalState(error, localeOf(formData), (r) =>
      formFieldOf(r.field, SIGN_UP_API_FIELDS)
    )
  }
  redirect(href(localeOf(formData), "/co-op"))
}

/** The API's refusals of an invitation's token, as `coopErrors` codes. */
function inviteError(message: string): string | null {
  if (/invitation token is not valid/i.test(message)) return "inviteInvalid"
  if (/invitation for .* expired/i.test(message)) return "inviteExpired"
  return null
}

/**
 * Joining a co-op that invited this email, with the one-time token from the
 * invitation email's link (`/co-op/join?token=…`, carried in a hidden
 * field): register the login (or use the existing one), accept with the
 * token, then log in again for a token with the membership.
 */
export async function joinCoop(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const inviteToken = String(formData.get("token") ?? "").trim()
  if (!inviteToken) {
    return { error: "inviteLink" }
  }
  const parsed = parseLogin(formData)
  if (!parsed.ok) {
    return { error: null, fields: parsed.fields }
  }
  const { email, password } = parsed.value
  if (password.length < 8) {
    return { error: null, fields: { password: "password" } }
  }
  try {
    const registration = await registrationToken(email, password)
    await sdk.client.fetch("/vendors/invites/accept", {
      method: "POST",
      body: { token: inviteToken },
      headers: bearer(registration),
    })
    await setVendorAuthToken(await vendorLogin(email, password))
  } catch (error) {
    const message = medusaErrorMessage(error)
    return {
      error:
        status(error) === 401 ? "badLogin" : (inviteError(message) ?? message),
    }
  }
  redirect(href(localeOf(formData), "/co-op"))
}

export async function signOutCoop(formData: FormData): Promise<void> {
  await removeVendorAuthToken()
  redirect(href(localeOf(formData), "/co-op/sign-in"))
}
