import { MathBN } from "@medusajs/framework/utils"
import { phoneTail } from "../../pickup/parcels/staff-views"

type LookedUpOrder = {
  display_id: number
  status: string
  created_at: Date | string
  shipping_address?: { phone?: string | null } | null
  items?: ({
    title: string
    subtitle?: string | null
    quantity?: unknown
    detail?: { quantity?: unknown } | null
  } | null)[]
  vendor?: { name: string; handle: string } | null
  order_group?: { display_id: number } | null
}

/** Whether the tail a shopper typed is the last 4 digits of the order's phone. */
export function phoneTailMatches(
  order: LookedUpOrder,
  phoneLast4: string
): boolean {
  const tail = phoneTail(order.shipping_address?.phone)
  return !!tail && tail === phoneLast4
}

/**
 * What a shopper who proved the order number and phone tail sees: status,
 * lines, co-op and the pickup view (with the code and QR while the parcel
 * waits). Never the email, address, phone or the order's id, which would
 * open Medusa's guest order route to them.
 */
export function orderLookupView(
  order: LookedUpOrder,
  pickup: Record<string, unknown> | null
) {
  return {
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    order_group: order.order_group
      ? { display_id: order.order_group.display_id }
      : null,
    vendor: order.vendor
      ? { name: order.vendor.name, handle: order.vendor.handle }
      : null,
    items: (order.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((i) => ({
        title: i.title,
        subtitle: i.subtitle ?? null,
        quantity: MathBN.convert(
          (i.detail?.quantity ?? i.quantity ?? 0) as any
        ).toNumber(),
      })),
    pickup,
  }
}
