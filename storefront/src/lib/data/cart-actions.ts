"use server"

import { revalidateTag } from "next/cache"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { medusaErrorMessage } from "../util/medusa-error"
import { getAuthHeaders, getCartId, setCartId } from "./cookies"
import { getShopRegion } from "./regions"

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

async function getOrCreateCartId(): Promise<string> {
  const existing = await getCartId()
  if (existing) {
    return existing
  }
  const region = await getShopRegion()
  const { cart } = await sdk.store.cart.create(
    { region_id: region?.id },
    { fields: "id" },
    await getAuthHeaders()
  )
  await setCartId(cart.id)
  return cart.id
}

/** Adds a grade variant to the cart, creating the cart on first use. */
export async function addToCart(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = Math.max(
    1,
    Math.min(99, Number(formData.get("quantity") ?? 1) || 1)
  )
  if (!variantId) {
    return { error: "variant_id is required" }
  }
  try {
    let cartId = await getOrCreateCartId()
    try {
      await sdk.store.cart.createLineItem(
        cartId,
        { variant_id: variantId, quantity },
        { fields: "id" },
        await getAuthHeaders()
      )
    } catch (error) {
      // A cart completed or removed elsewhere: start a new one once.
      if ((error as { status?: number }).status !== 404) {
        throw error
      }
      await setCartId("")
      cartId = await getOrCreateCartId()
      await sdk.store.cart.createLineItem(
        cartId,
        { variant_id: variantId, quantity },
        { fields: "id" },
        await getAuthHeaders()
      )
    }
    revalidateTag(TAGS.cart(cartId))
    return { error: null, ok: true }
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
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
