"use server"

import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "../config"
import {
  PICKUP_ADDRESS_LINE,
  SYSTEM_PAYMENT_PROVIDER,
  TAGS,
} from "../constants"
import { medusaErrorMessage } from "../util/medusa-error"
import type { ActionState } from "./cart-actions"
import { retrieveCart } from "./cart"
import { getAuthHeaders, getCartId, removeCartId } from "./cookies"

const PHONE = /^\+?[\d\s-]{7,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Contact details; the address line matters only for delivery. */
export async function saveContact(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const cartId = await getCartId()
  if (!cartId) {
    return { error: "cart" }
  }
  const email = String(formData.get("email") ?? "").trim()
  const name = String(formData.get("name") ?? "").trim()
  const phone = String(formData.get("phone") ?? "").trim()
  const district = String(formData.get("district") ?? "").trim()
  const address = String(formData.get("address") ?? "").trim()
  if (!EMAIL.test(email)) {
    return { error: "email" }
  }
  if (!name) {
    return { error: "name" }
  }
  if (!PHONE.test(phone)) {
    return { error: "phone" }
  }
  try {
    await sdk.store.cart.update(
      cartId,
      {
        email,
        shipping_address: {
          first_name: name,
          last_name: "",
          phone,
          address_1: address || district || PICKUP_ADDRESS_LINE,
          city: "重庆",
          province: "重庆市",
          postal_code: "",
          country_code: "cn",
          metadata: district ? { district_code: district } : undefined,
        },
      },
      { fields: "id" },
      await getAuthHeaders()
    )
    revalidateTag(TAGS.cart(cartId))
    return { error: null, ok: true }
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
}

/**
 * Chooses one co-op's shipping option. For pickup it carries the point and,
 * for a locker, the shopper's consent (the backend checks zone and capacity).
 */
export async function chooseShipping(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const cartId = await getCartId()
  const optionId = String(formData.get("option_id") ?? "")
  const pointId = String(formData.get("pickup_point_id") ?? "")
  const pickup = formData.get("pickup") === "true"
  if (!cartId || !optionId) {
    return { error: "option_id" }
  }
  if (pickup && !pointId) {
    return { error: "pickup_point_id" }
  }
  const pointType = String(formData.get(`point_type_${pointId}`) ?? "")
  const consent = formData.get("locker_consent") === "on"
  if (pickup && pointType === "locker" && !consent) {
    return { error: "locker_consent" }
  }
  try {
    await sdk.store.cart.addShippingMethod(
      cartId,
      {
        option_id: optionId,
        ...(pickup
          ? {
              data: {
                pickup_point_id: pointId,
                ...(pointType === "locker" ? { locker_consent: true } : {}),
              },
            }
          : {}),
      },
      { fields: "id" },
      await getAuthHeaders()
    )
    revalidateTag(TAGS.cart(cartId))
    return { error: null, ok: true }
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
}

/**
 * Pays with the system provider and completes the cart: one order per
 * co-op in one order group. Lands on the confirmation page.
 */
export async function placeOrder(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const locale = String(formData.get("locale") ?? "zh-CN")
  const cart = await retrieveCart()
  if (!cart) {
    return { error: "cart" }
  }
  let target: string
  try {
    const headers = await getAuthHeaders()
    const hasSession = cart.payment_collection?.payment_sessions?.some(
      (s) => s.provider_id === SYSTEM_PAYMENT_PROVIDER && s.status === "pending"
    )
    if (!hasSession) {
      await sdk.store.payment.initiatePaymentSession(
        cart,
        { provider_id: SYSTEM_PAYMENT_PROVIDER },
        {},
        headers
      )
    }
    // Medusa's contract (type "order" or "cart"), plus the co-op order group.
    const result = await sdk.client.fetch<{
      type: "order" | "cart"
      order?: { id: string }
      order_group?: { id: string; display_id: number; orders: { id: string }[] }
      error?: { message: string }
    }>(`/store/carts/${cart.id}/complete`, { method: "POST", headers })
    if (result.type !== "order" || !result.order_group?.orders) {
      return { error: result.error?.message ?? "complete" }
    }
    const group = result.order_group
    await removeCartId()
    revalidateTag(TAGS.cart(cart.id))
    const prefix = locale === "en" ? "/en" : ""
    const query = new URLSearchParams({
      group: String(group.display_id),
      orders: group.orders.map((o) => o.id).join(","),
    })
    target = `${prefix}/order/confirmed?${query}`
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  redirect(target)
}
