"use server"

import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { COOKIES } from "../constants"
import { encodeLookup, parseLookup } from "../util/order-lookup"
import type { ActionState } from "./cart-actions"
import { lookupOrder } from "./order-lookup"

/**
 * Looks an order up and, when it is found, keeps the number and phone
 * tail in an httpOnly cookie for 30 minutes so the result page can be
 * reloaded at the counter without the tail ever being in a URL.
 */
export async function lookUpOrder(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const parsed = parseLookup(
    String(formData.get("order") ?? ""),
    String(formData.get("tail") ?? "")
  )
  if ("error" in parsed) {
    return { error: parsed.error }
  }
  const result = await lookupOrder(parsed.query)
  if ("error" in result) {
    return { error: result.error }
  }
  ;(await cookies()).set(COOKIES.orderLookup, encodeLookup(parsed.query), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.COOKIE_SECURE === "true",
    path: "/",
    maxAge: 30 * 60,
  })
  const prefix = formData.get("locale") === "en" ? "/en" : ""
  redirect(`${prefix}/order/lookup?order=${parsed.query.display_id}`)
}

/** Forgets the lookup (a shared phone at the counter). */
export async function forgetLookup(formData: FormData) {
  ;(await cookies()).set(COOKIES.orderLookup, "", { path: "/", maxAge: -1 })
  redirect(
    formData.get("locale") === "en" ? "/en/order/lookup" : "/order/lookup"
  )
}
