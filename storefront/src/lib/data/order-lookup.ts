import "server-only"
import { cookies } from "next/headers"
import { sdk } from "../config"
import { COOKIES } from "../constants"
import { decodeLookup, type LookupQuery } from "../util/order-lookup"
import type { PickupView } from "./orders"

/** What POST /store/order-lookup answers: the shopper's view, no personal data. */
export type LookedUpOrder = {
  display_id: number
  status: string
  created_at: string
  order_group: { display_id: number } | null
  vendor: { name: string; handle: string } | null
  items: { title: string; subtitle: string | null; quantity: number }[]
  pickup: PickupView | null
}

export type LookupResult =
  | { order: LookedUpOrder }
  | { error: "notFound" | "tooMany" | "failed"; retry_after?: number }

/** Looks an order up by number and phone tail (never cached: it holds a code). */
export async function lookupOrder(query: LookupQuery): Promise<LookupResult> {
  try {
    const { order } = await sdk.client.fetch<{ order: LookedUpOrder }>(
      "/store/order-lookup",
      { method: "POST", body: query, cache: "no-store" }
    )
    return { order }
  } catch (error) {
    const status = (error as { status?: number }).status
    return status === 404
      ? { error: "notFound" }
      : status === 429
        ? { error: "tooMany" }
        : { error: "failed" }
  }
}

/** The lookup this browser made last (its cookie), if any. */
export async function lastLookup(): Promise<LookupQuery | null> {
  return decodeLookup((await cookies()).get(COOKIES.orderLookup)?.value)
}
