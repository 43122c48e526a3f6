import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { groupCartByVendor, type SplitCart, toVendorOrder } from "./split-cart"

/** The orders to create, one per co-op, in the order of `vendor_ids`. */
export function planVendorOrders(cart: SplitCart) {
  const { groups } = groupCartByVendor(cart)
  return {
    vendor_ids: groups.map((g) => g.vendor.id),
    orders: groups.map((g) => toVendorOrder(cart, g)),
    vendors: Object.fromEntries(
      groups.map((g) => [
        g.vendor.id,
        { id: g.vendor.id, commission_rate: g.vendor.commission_rate ?? null },
      ])
    ),
  }
}

/** Links of each created order: its cart, co-op, group and promotions. */
export function orderGroupLinks(input: {
  cart: SplitCart
  group_id: string
  order_ids: string[]
  vendor_ids: string[]
}): LinkDefinition[] {
  const links: LinkDefinition[] = []
  input.order_ids.forEach((orderId, index) => {
    links.push(
      {
        [Modules.ORDER]: { order_id: orderId },
        [Modules.CART]: { cart_id: input.cart.id },
      },
      {
        [MARKETPLACE_MODULE]: { vendor_id: input.vendor_ids[index] },
        [Modules.ORDER]: { order_id: orderId },
      },
      {
        [MARKETPLACE_MODULE]: { order_group_id: input.group_id },
        [Modules.ORDER]: { order_id: orderId },
      }
    )
    for (const promotion of input.cart.promotions ?? []) {
      links.push({
        [Modules.ORDER]: { order_id: orderId },
        [Modules.PROMOTION]: { promotion_id: promotion.id },
      })
    }
  })
  return links
}

/**
 * Inventory to reserve: each created order line, at its co-op's stock
 * location, for variants that manage inventory.
 */
export function reservationItems(input: {
  cart: SplitCart
  orders: {
    id: string
    items?: { id: string; metadata?: any; quantity: any }[]
  }[]
}) {
  const cartItems = new Map((input.cart.items ?? []).map((i) => [i.id, i]))
  const items: {
    id: string
    inventory_item_id: string
    required_quantity: number
    quantity: any
    allow_backorder: boolean
    location_ids: string[]
  }[] = []
  for (const order of input.orders) {
    for (const line of order.items ?? []) {
      const cartItem = cartItems.get(line.metadata?.cart_line_item_id)
      const variant = cartItem?.variant
      const locationId = cartItem?.product?.vendor?.stock_location?.id
      if (!variant?.manage_inventory || !locationId) {
        continue
      }
      for (const inv of variant.inventory_items ?? []) {
        items.push({
          id: line.id,
          inventory_item_id: inv.inventory_item_id,
          required_quantity: Number(inv.required_quantity ?? 1),
          quantity: line.quantity,
          allow_backorder: !!variant.allow_backorder,
          location_ids: [locationId],
        })
      }
    }
  }
  return { items }
}

/** Product id → its category ids, for category commission rates. */
export function categoriesByProduct(cart: SplitCart) {
  return Object.fromEntries(
    (cart.items ?? [])
      .filter((i) => i.product?.id)
      .map((i) => [
        i.product!.id,
        (i.product!.categories ?? []).map((c) => c.id),
      ])
  )
}
