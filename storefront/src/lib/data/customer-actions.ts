"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { isEmail, signUpProblems } from "../util/contact"
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

/**
 * Signs in with email and password. A refusal is shown at its field, with
 * the email sent back (never the password) for a form shown again without
 * JavaScript; with JavaScript the form keeps both.
 */
export async function login(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  const values = { email }
  if (!isEmail(email)) {
    return { error: "email", fields: { email: "email" }, values }
  }
  try {
    const token = await loginToken(email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (error) {
    // A code the form translates; anything else is the backend's sentence.
    if ((error as { status?: number }).status === 401) {
      return {
        error: "credentials",
        fields: { password: "credentials" },
        values,
      }
    }
    return { error: medusaErrorMessage(error), values }
  }
  redirect(`${localePrefix(formData)}/account`)
}

/**
 * Creates a customer account and signs it in. Every field at fault is
 * named at once, and the values come back (never the password).
 */
export async function register(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const read = (name: string) => String(formData.get(name) ?? "").trim()
  const input = {
    last_name: read("last_name"),
    first_name: read("first_name"),
    email: read("email"),
    phone: read("phone"),
    password: String(formData.get("password") ?? ""),
  }
  const { password, ...values } = input
  const fields = signUpProblems(input)
  if (Object.keys(fields).length) {
    return { error: Object.values(fields)[0], fields, values }
  }
  try {
    const { token: registration } = await sdk.client.fetch<{ token: string }>(
      "/auth/customer/emailpass/register",
      { method: "POST", body: { email: values.email, password } }
    )
    await sdk.client.fetch("/store/customers", {
      method: "POST",
      body: {
        email: values.email,
        first_name: values.first_name,
        last_name: values.last_name,
        phone: values.phone || undefined,
      },
      headers: { authorization: `Bearer ${registration}` },
    })
    // The registration token carries no actor yet; sign in for one that does.
    const token = await loginToken(values.email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (error) {
    const message = medusaErrorMessage(error)
    if (/already exists/i.test(message)) {
      return { error: "exists", fields: { email: "exists" }, values }
    }
    return { error: message, values }
  }
  redirect(`${localePrefix(formData)}/account`)
}

export async function logout(formData: FormData): Promise<void> {
  await removeAuthToken()
  redirect(`${localePrefix(formData)}/account`)
}
