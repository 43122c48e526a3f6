"use server"

import { sdk } from "../config"
import { medusaErrorMessage } from "../util/medusa-error"
import { getVendorAuthHeaders } from "./cookies"
import { parseFulfilment } from "@modules/co-op/lib/forms"
import { refreshConsole } from "./vendor-refresh"
import { retrieveVendorSession } from "./vendor-session"
import type { CoopActionState } from "../../types/co-op"

const orderPath = (formData: FormData) =>
  `/vendors/orders/${encodeURIComponent(String(formData.get("order_id") ?? ""))}`

const fulfillmentPath = (formData: FormData) =>
  `${orderPath(formData)}/fulfillments/${encodeURIComponent(String(formData.get("fulfillment_id") ?? ""))}`

async function run(
  formData: FormData,
  path: string,
  body: Record<string, unknown>
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return { error: "signedOut" }
  try {
    await sdk.client.fetch(path, {
      method: "POST",
      body,
      headers: await getVendorAuthHeaders(),
    })
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshConsole()
  return { error: null, ok: true }
}

/**
 * Fulfils every unfulfilled line from the co-op's stock. For a pickup order
 * this opens the parcel at the customer's point (with an optional ETA); for
 * a delivery it may carry the tracking number.
 */
export async function fulfilOrder(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const parsed = parseFulfilment(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  return run(formData, `${orderPath(formData)}/fulfillments`, parsed.value)
}

export async function shipFulfillment(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const parsed = parseFulfilment(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  return run(
    formData,
    `${fulfillmentPath(formData)}/shipments`,
    parsed.value.labels ? { labels: parsed.value.labels } : {}
  )
}

export async function markDelivered(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return run(formData, `${fulfillmentPath(formData)}/mark-as-delivered`, {})
}
