import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Medusa's order `payment_status` values, which the console translates. */
export type PaymentShareStatus =
  | "not_paid"
  | "awaiting"
  | "authorized"
  | "partially_authorized"
  | "captured"
  | "partially_captured"
  | "partially_refunded"
  | "refunded"
  | "canceled"
  | "requires_action"

/** What a co-op sees of how its order was paid. */
export type VendorOrderPayment = {
  status: PaymentShareStatus
  /** How many co-op orders the checkout's one payment paid (1 when only this one). */
  orders_in_payment: number
}

type CollectionAmounts = {
  status: string
  amount: number | string | null
  captured_amount?: number | string | null
  refunded_amount?: number | string | null
}

// Half a fen: amounts are in major units with two decimals (CNY).
const EPSILON = 0.005

const num = (v: number | string | null | undefined) => Number(v ?? 0) || 0

/**
 * The payment state of a co-op's share, from the checkout's payment
 * collection. One collection pays every co-op order of a group, and no
 * capture or refund is split by co-op yet, so a share is as paid as the
 * whole: captured when the collection is captured in full, refunded when it
 * is refunded in full, and partly so otherwise, in Medusa's precedence
 * (requires action, refund, capture, authorization).
 */
export function paymentShareStatus(
  collection: CollectionAmounts
): PaymentShareStatus {
  const amount = num(collection.amount)
  const captured = num(collection.captured_amount)
  const refunded = num(collection.refunded_amount)
  if (collection.status === "requires_action") {
    return "requires_action"
  }
  if (refunded > 0) {
    return refunded >= amount - EPSILON ? "refunded" : "partially_refunded"
  }
  if (captured > 0 || collection.status === "completed") {
    return captured >= amount - EPSILON ? "captured" : "partially_captured"
  }
  switch (collection.status) {
    case "authorized":
    case "partially_authorized":
    case "canceled":
    case "awaiting":
      return collection.status
    default:
      return "not_paid"
  }
}

/**
 * The payment of each given order that checkout placed, keyed by order id:
 * the cart's payment collection, reached through the order's cart (our
 * orders are not linked to a payment collection, so Medusa's computed
 * `payment_status` on them is always `not_paid`). Orders with no cart
 * payment are left out, and callers keep Medusa's own status for them.
 */
export async function vendorPaymentStates(
  container: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, VendorOrderPayment>> {
  const out = new Map<string, VendorOrderPayment>()
  if (!orderIds.length) {
    return out
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orderCarts } = await query.graph({
    entity: "order_cart",
    fields: ["order_id", "cart_id"],
    filters: { order_id: orderIds },
  })
  const cartIds = [...new Set(orderCarts.map((l: any) => l.cart_id))]
  if (!cartIds.length) {
    return out
  }
  const [{ data: siblings }, { data: collections }] = await Promise.all([
    query.graph({
      entity: "order_cart",
      fields: ["order_id", "cart_id"],
      filters: { cart_id: cartIds },
    }),
    query.graph({
      entity: "cart_payment_collection",
      fields: [
        "cart_id",
        "payment_collection.status",
        "payment_collection.amount",
        "payment_collection.captured_amount",
        "payment_collection.refunded_amount",
      ],
      filters: { cart_id: cartIds },
    }),
  ])
  const ordersPerCart = new Map<string, number>()
  for (const link of siblings as { cart_id: string }[]) {
    ordersPerCart.set(link.cart_id, (ordersPerCart.get(link.cart_id) ?? 0) + 1)
  }
  const byCart = new Map(
    (collections as any[])
      .filter((c) => c.payment_collection)
      .map((c) => [c.cart_id as string, c.payment_collection])
  )
  for (const link of orderCarts as { order_id: string; cart_id: string }[]) {
    const collection = byCart.get(link.cart_id)
    if (collection) {
      out.set(link.order_id, {
        status: paymentShareStatus(collection),
        orders_in_payment: ordersPerCart.get(link.cart_id) ?? 1,
      })
    }
  }
  return out
}
