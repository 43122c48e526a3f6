/** What an order delivered by its co-op records in `metadata.delivery`. */
export type OrderDeliveryInfo = { arrival_date: string }

/**
 * An order's metadata with `delivery` for an order its co-op delivers (the
 * expected day, 今日下单 次日送达 with the pickup cutoff), or without a
 * `delivery` key for one going to a pickup point: the cart's own metadata
 * is copied onto its orders and must not carry one in.
 */
export function withOrderDelivery(
  metadata: Record<string, unknown> | null | undefined,
  delivery: OrderDeliveryInfo | null
): Record<string, unknown> {
  const { delivery: _ignored, ...rest } = metadata ?? {}
  return delivery ? { ...rest, delivery } : rest
}
