"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { medusaErrorMessage } from "../util/medusa-error"
import type { ActionState } from "./cart-actions"
import { getCartId, removeAuthToken, setAuthToken } from "./cookies"

const localePrefix = (formData: FormData) =>
  formData.get("locale") === "en" ? "/en" : ""

async function loginToken(email: string, password: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token: string }>(
    "/auth/customer/emailpass",
    { method: "POST", body: { email, password } }
  )
  return token
}

/** Gives a guest cart to the customer who just signed in. */
async function transferCart(token: string) {
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
}

export async function login(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  try {
    const token = await loginToken(email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (error) {
    // A code the form translates; anything else is the backend's sentence.
    return {
      error:
        (error as { status?: number }).status === 401
          ? "credentials"
          : medusaErrorMessage(error),
    }
  }
  redirect(`${localePrefix(formData)}/account`)
}

export async function register(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  const firstName = String(formData.get("first_name") ?? "").trim()
  const lastName = String(formData.get("last_name") ?? "").trim()
  const phone = String(formData.get("phone") ?? "").trim()
  if (password.length < 8) {
    return { error: "password" }
  }
  try {
    const { token: registration } = await sdk.client.fetch<{ token: string }>(
      "/auth/customer/emailpass/register",
      { method: "POST", body: { email, password } }
    )
    await sdk.client.fetch("/store/customers", {
      method: "POST",
      body: {
        email,
        first_name: firstName,
        last_name: lastName,
        phone: phone || undefined,
      },
      headers: { authorization: `Bearer ${registration}` },
    })
    // The registration token carries no actor yet; sign in for one that does.
    const token = await loginToken(email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (error) {
    const message = medusaErrorMessage(error)
    return { error: /already exists/i.test(message) ? "exists" : message }
  }
  redirect(`${localePrefix(formData)}/account`)
}

export async function logout(formData: FormData): Promise<void> {
  await removeAuthToken()
  redirect(`${localePrefix(formData)}/account`)
}
