"use server"

import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "../config"
import { SYSTEM_PAYMENT_PROVIDER, TAGS } from "../constants"
import { contactProblems, type ContactValues } from "../util/contact"
import { districtByCode } from "../util/districts"
import { medusaErrorMessage, refusalsOf } from "../util/medusa-error"
import type { ActionState } from "./cart-actions"
import { retrieveCart } from "./cart"
import { getAuthHeaders, getCartId, removeCartId } from "./cookies"
import { sendToBackend } from "./send-to-backend"

/** The checkout contact's fields, as submitted. */
function contactValues(formData: FormData): ContactValues {
  const read = (name: string) => String(formData.get(name) ?? "").trim()
  return {
    email: read("email"),
    name: read("name"),
    phone: read("phone"),
    district: read("district"),
    address: read("address"),
  }
}

/**
 * Contact details, saved as the shopper goes (the form submits itself when
 * a field is left). The street address is required once a co-op's items go
 * by delivery (`needs_address`), and is only ever what was typed: the
 * district goes to `city` and `metadata.district_code`, never into the
 * street line. Every refusal names its field and sends the values back.
 */
export async function saveContact(
  _prev: ActionState,
  formData: FormData
): Promise<ActionState> {
  const values = contactValues(formData)
  const cartId = await getCartId()
  if (!cartId) {
    return { error: "cart", values }
  }
  const fields = contactProblems(values, {
    needsAddress: formData.get("needs_address") === "true",
  })
  if (Object.keys(fields).length) {
    return { error: Object.values(fields)[0], fields, values }
  }
  const district = districtByCode(values.district)
  try {
    await sdk.store.cart.update(
      cartId,
      {
        email: values.email,
        shipping_address: {
          first_name: values.name,
          last_name: "",
          phone: values.phone,
          address_1: values.address,
          // The address as the courier reads it, in Chinese in any locale.
          city: district?.zh ?? "重庆",
          province: "重庆市",
          postal_code: "",
          country_code: "cn",
          metadata: district ? { district_code: district.code } : {},
        },
      },
      { fields: "id" },
      await getAuthHeaders()
    )
    revalidateTag(TAGS.cart(cartId))
    return { error: null, ok: true, values }
  } catch (error) {
    return { error: medusaErrorMessage(error), values }
  }
}

/** The options a choice also applies to: co-ops that have not chosen yet. */
function followerOptions(formData: FormData, point?: { zones: string[] }) {
  return formData
    .getAll("follow_option_id")
    .map(String)
    .filter(Boolean)
    .map((id) => ({
      id,
      zone: String(formData.get(`follow_zone_${id}`) ?? ""),
    }))
    .filter((o) => !point || point.zones.includes(o.zone))
}

/**
 * Chooses one co-op's shipping option. For pickup it carries the point and,
 * for a locker, the shopper's consent (the backend checks zone and capacity).
 * The same choice goes, in the same request, to every co-op in the cart
 * that has none yet (`follow_option_id`: their matching options), so one
 * press serves the whole cart; each co-op can still be changed on its own.
 * A follower the backend refuses (say its point has no room in its zone)
 * simply stays unchosen.
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
  const data = pickup
    ? {
        data: {
          pickup_point_id: pointId,
          ...(pointType === "locker" ? { locker_consent: true } : {}),
        },
      }
    : {}
  const followers = followerOptions(
    formData,
    pickup
      ? {
          zones: String(formData.get(`point_zones_${pointId}`) ?? "").split(
            ","
          ),
        }
      : undefined
  )
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.addShippingMethod(
      cartId,
      { option_id: optionId, ...data },
      { fields: "id" },
      headers
    )
    // One after another: the backend locks the cart for each change.
    for (const follower of followers) {
      await sdk.store.cart
        .addShippingMethod(
          cartId,
          { option_id: follower.id, ...data },
          { fields: "id" },
          headers
        )
        .catch(() => undefined)
    }
    revalidateTag(TAGS.cart(cartId))
    return { error: null, ok: true }
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
}

/**
 * A refusal of completion as an error code the checkout translates, read
 * from the refusal's field (docs/api.md "Errors"), else the backend's
 * sentence.
 */
function completionError(error: unknown): string {
  const codes: Record<string, string> = {
    "shipping_address.address_1": "address",
    "shipping_address.first_name": "name",
    "shipping_address.phone": "phone",
  }
  const [refusal] = refusalsOf(error)
  return (refusal && codes[refusal.field]) || medusaErrorMessage(error)
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
    // Through sendToBackend, which keeps a refusal's field and rule.
    const result = await sendToBackend<{
      type: "order" | "cart"
      order?: { id: string }
      order_group?: { id: string; display_id: number; orders: { id: string }[] }
      error?: { message: string }
    }>(`/store/carts/${cart.id}/complete`, { headers })
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
    return { error: completionError(error) }
  }
  redirect(target)
}
