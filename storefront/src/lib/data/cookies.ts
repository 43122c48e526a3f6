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
  ;(await cookies()).set(COOKIES.token, token, {
    ...base,
    maxAge: 60 * 60 * 24 * 7,
  })
}

export async function removeAuthToken() {
  ;(await cookies()).set(COOKIES.token, "", { ...base, maxAge: -1 })
}

export async function getCartId() {
  return (await cookies()).get(COOKIES.cart)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(COOKIES.cart, id, {
    ...base,
    maxAge: 60 * 60 * 24 * 30,
  })
}

export async function removeCartId() {
  ;(await cookies()).set(COOKIES.cart, "", { ...base, maxAge: -1 })
}

// The co-op console's login: its own cookie, so a co-op member can also shop
// as a customer in the same browser. Medusa's JWTs last a day (jwtExpiresIn).
export async function getVendorAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(COOKIES.vendorToken)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setVendorAuthToken(token: string) {
  ;(await cookies()).set(COOKIES.vendorToken, token, {
    ...base,
    maxAge: 60 * 60 * 24,
  })
}

export async function removeVendorAuthToken() {
  ;(await cookies()).set(COOKIES.vendorToken, "", { ...base, maxAge: -1 })
}

// The pickup-point console's login and the point being worked, each its own
// cookie, so staff can also shop in the same browser. A token lasts a day.
export async function getPickupAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(COOKIES.pickupToken)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setPickupAuthToken(token: string) {
  ;(await cookies()).set(COOKIES.pickupToken, token, {
    ...base,
    maxAge: 60 * 60 * 24,
  })
}

export async function removePickupAuthToken() {
  const jar = await cookies()
  jar.set(COOKIES.pickupToken, "", { ...base, maxAge: -1 })
  jar.set(COOKIES.pickupPoint, "", { ...base, maxAge: -1 })
}

export async function getPickupPointChoice() {
  return (await cookies()).get(COOKIES.pickupPoint)?.value || null
}

export async function setPickupPointChoice(pointId: string) {
  ;(await cookies()).set(COOKIES.pickupPoint, pointId, {
    ...base,
    maxAge: 60 * 60 * 24 * 30,
  })
}
