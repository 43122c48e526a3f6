import "server-only"
import { revalidateTag } from "next/cache"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { getVendorAuthHeaders } from "./cookies"
import { sendToBackend } from "./send-to-backend"
import { refreshConsole } from "./vendor-refresh"
import type { ApiVendorProduct } from "../../types/co-op"

/**
 * What the co-op console's product changes share: the product's API path,
 * the product as it is now, a POST with the console login, and the refresh
 * after a change.
 */

/**
 * POST to `/vendors/*` with the console login; a refusal keeps its field
 * refusals (see sendToBackend).
 */
export async function vendorPost<T>(
  path: string,
  body: Record<string, unknown> | undefined,
  method: "POST" | "DELETE" = "POST"
) {
  return sendToBackend<T>(path, {
    method,
    body,
    headers: await getVendorAuthHeaders(),
  })
}

export const productPath = (formData: Pick<FormData, "get">) =>
  `/vendors/products/${encodeURIComponent(String(formData.get("product_id") ?? ""))}`

/** The product as it is now (to send back every variant, and its metadata). */
export async function currentProduct(formData: Pick<FormData, "get">) {
  const { product } = await sdk.client.fetch<{ product: ApiVendorProduct }>(
    productPath(formData),
    {
      query: { fields: "id,metadata,variants.id,variants.title" },
      headers: await getVendorAuthHeaders(),
      cache: "no-store",
    }
  )
  return product
}

export function refreshCatalogue() {
  refreshConsole()
  // The shop's catalogue shows the co-op's products too.
  revalidateTag(TAGS.catalogue)
}
