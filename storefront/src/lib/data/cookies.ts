import "server-only"
import { cookies } from "next/headers"
import { COOKIES } from "../constants"

const secure = process.env.COOKIE_SECURE === "true"

const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure,
  path: "/",
}

export async function getAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(COOKIES.token)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function isSignedIn() {
  return Boolean((await cookies()).get(COOKIES.token)?.value)
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(COOKIES.token, token, { ...base, maxAge: 60 * 60 * 24 * 7 })
}

export async function removeAuthToken() {
  ;(await cookies()).set(COOKIES.token, "", { ...base, maxAge: -1 })
}

export async function getCartId() {
  return (await cookies()).get(COOKIES.cart)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(COOKIES.cart, id, { ...base, maxAge: 60 * 60 * 24 * 30 })
}

export async function removeCartId() {
  ;(await cookies()).set(COOKIES.cart, "", { ...base, maxAge: -1 })
}
