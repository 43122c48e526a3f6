/**
 * The add-to-cart form as the shop's own `POST /api/cart/line-items`
 * reads it: pure, so the rules are tested without a server.
 */

export const MAX_LINE_QUANTITY = 99

export type AddToCartInput =
  | { ok: true; variantId: string; quantity: number }
  | { ok: false; error: string }

/** The variant is required; the quantity is clamped to 1–99 (a blank is 1). */
export function readAddToCartForm(
  form: Pick<FormData, "get"> | null
): AddToCartInput {
  const variantId = String(form?.get("variant_id") ?? "").trim()
  if (!variantId) {
    return { ok: false, error: "variant_id is required" }
  }
  const asked = Math.trunc(Number(form?.get("quantity") ?? 1)) || 1
  const quantity = Math.max(1, Math.min(MAX_LINE_QUANTITY, asked))
  return { ok: true, variantId, quantity }
}

/** The items in a cart, counting quantities; what the header's badge shows. */
export function itemCount(items: { quantity?: number | null }[] | null = []) {
  return (items ?? []).reduce((n, i) => n + Number(i.quantity || 0), 0)
}

/**
 * The window event the add-to-cart button fires with the cart's new item
 * count; the header's badge listens for it.
 */
export const CART_COUNT_EVENT = "tiantou:cart-count"
