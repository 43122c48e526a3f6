"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { medusaErrorMessage } from "../util/medusa-error"
import type { ActionState } from "./cart-actions"
import { getAuthHeaders } from "./cookies"

/** Emails the signed-in customer the link that verifies their email. */
export async function requestEmailVerification(): Promise<ActionState> {
  try {
    await sdk.client.fetch("/store/customers/me/email-verification", {
      method: "POST",
      body: {},
      headers: await getAuthHeaders(),
    })
    return { error: null, ok: true }
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
}

/**
 * Confirms the email with the token from the link; the guest orders placed
 * with it are then the customer's. Lands on the account with the count.
 */
export async function confirmEmailVerification(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  let moved = 0
  try {
    const { email_verification } = await sdk.client.fetch<{
      email_verification: { attached_order_ids: string[] }
    }>("/store/customers/me/email-verification/confirm", {
      method: "POST",
      body: { token: String(formData.get("token") ?? "") },
      headers: await getAuthHeaders(),
    })
    moved = email_verification.attached_order_ids.length
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  const prefix = formData.get("locale") === "en" ? "/en" : ""
  redirect(`${prefix}/account?verified=${moved}`)
}
