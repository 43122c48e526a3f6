"use server"

import { revalidateTag } from "next/cache"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { getAuthHeaders, getCartId } from "./cookies"

/**
 * What a shop action answers `useActionState`: a form-level error (a code
 * the form translates, or the API's sentence), per-field error codes, and
 * the values submitted, so a form re-rendered after a refusal (also without
 * JavaScript) shows what was typed. Passwords are never sent back.
 */
export type ActionState = {
  error: string | null
  ok?: boolean
  /** field name → error code (translated by the form) or the API's sentence. */
  fields?: Record<string, string>
  values?: Record<string, string>
}

/** Sets a line's quantity; 0 removes it. */
export async function updateLineItem(formData: FormData): Promise<void> {
  const cartId = await getCartId()
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = Number(formData.get("quantity") ?? 0)
  if (!cartId || !lineId) {
    return
  }
  const headers = await getAuthHeaders()
  if (quantity <= 0) {
    await sdk.store.cart.deleteLineItem(cartId, lineId, {}, headers)
  } else {
    await sdk.store.cart.updateLineItem(
      cartId,
      lineId,
      { quantity },
      { fields: "id" },
      headers
    )
  }
  revalidateTag(TAGS.cart(cartId))
}
