import type { Refusal } from "../../../utils/refusal"
import { PICKUP_PROVIDER_ID } from "../../pickup-checkout/utils/rules"

/**
 * A mainland China phone: a mobile number (1[3-9] and 9 more digits) or a
 * landline with its area code (0 and 9 to 11 more digits), optionally
 * after +86 / 86, with spaces or dashes between groups.
 */
export function isMainlandPhone(value: string | null | undefined): boolean {
  const digits = (value ?? "").replace(/[\s-]/g, "")
  if (!/^\+?\d+$/.test(digits)) {
    return false
  }
  const national = digits.replace(/^\+?86(?=\d{10,12}$)/, "")
  return /^1[3-9]\d{9}$/.test(national) || /^0\d{9,11}$/.test(national)
}

type AddressLike = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  phone?: string | null
} | null

type CartForDelivery = {
  id: string
  shipping_address?: AddressLike
  shipping_methods?: {
    name?: string | null
    shipping_option?: { provider_id?: string | null } | null
  }[]
}

/**
 * Why a cart with a delivery method (any method not to a pickup point)
 * cannot be delivered to its shipping address, or null: the street address
 * is missing or is only a code (a GB/T 2260 district code is not an
 * address), there is no recipient name, or the phone is not a mainland
 * number the courier can call. Pickup-only carts need none of these.
 * The refusal names the address field and a rule the shop words
 * (docs/api.md "Errors").
 */
export function deliveryAddressProblem(cart: CartForDelivery): Refusal | null {
  const delivery = (cart.shipping_methods ?? []).find(
    (m) => m.shipping_option?.provider_id !== PICKUP_PROVIDER_ID
  )
  if (!delivery) {
    return null
  }
  const method = delivery.name ?? "delivery"
  const address = cart.shipping_address ?? {}
  const street = (address.address_1 ?? "").trim()
  if (!street) {
    return {
      field: "shipping_address.address_1",
      rule: "delivery_address_required",
      values: { method },
      message: `shipping_address.address_1: "${method}" delivers to a street address, and cart "${cart.id}" has none; add one (POST /store/carts/${cart.id}).`,
    }
  }
  if (/^\d+$/.test(street)) {
    return {
      field: "shipping_address.address_1",
      rule: "delivery_address_code",
      values: { method, value: street },
      message: `shipping_address.address_1: "${street}" is a code, not a street address; cart "${cart.id}" needs the street and number for "${method}".`,
    }
  }
  const name = `${address.last_name ?? ""}${address.first_name ?? ""}`.trim()
  if (!name) {
    return {
      field: "shipping_address.first_name",
      rule: "delivery_name_required",
      values: { method },
      message: `shipping_address.first_name: "${method}" needs the recipient's name, and cart "${cart.id}" has none.`,
    }
  }
  if (!isMainlandPhone(address.phone)) {
    return {
      field: "shipping_address.phone",
      rule: "mainland_phone",
      values: { method },
      message: `shipping_address.phone: "${address.phone ?? ""}" is not a mainland China mobile or landline number; "${method}" needs one the courier can call.`,
    }
  }
  return null
}
