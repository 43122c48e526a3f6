"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { medusaErrorMessage } from "../util/medusa-error"
import type { ActionState } from "./cart-actions"
import { getAuthHeaders } from "./cookies"

/** Cancels the signed-in customer's order (before its co-op fulfils it). */
export async function cancelOrder(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const id = String(formData.get("order_id") ?? "")
  if (!/^order_[A-Za-z0-9]+$/.test(id)) {
    return { error: "order" }
  }
  try {
    await sdk.client.fetch(`/store/orders/${id}/cancel`, {
      method: "POST",
      body: {},
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  const prefix = formData.get("locale") === "en" ? "/en" : ""
  redirect(`${prefix}/account/orders/${id}`)
}
