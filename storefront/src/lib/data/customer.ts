import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getAuthHeaders } from "./cookies"

/** The signed-in customer, or null (no token, or an expired one). */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) {
    return null
  }
  try {
    const { customer } = await sdk.client.fetch<{
      customer: HttpTypes.StoreCustomer
    }>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone" },
      headers,
      cache: "no-store",
    })
    return customer
  } catch {
    return null
  }
}
