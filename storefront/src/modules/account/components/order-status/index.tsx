import { getTranslations } from "next-intl/server"
import type { StoreOrder } from "@lib/data/orders"

/**
 * Where the order is, in one word: the parcel's state once it goes to a
 * pickup point, else the fulfilment, else the order's own status.
 */
export function orderStage(order: StoreOrder): string {
  if (order.status === "canceled") {
    return "canceled"
  }
  return (
    order.pickup?.parcel?.status ??
    (order.fulfillment_status && order.fulfillment_status !== "not_fulfilled"
      ? order.fulfillment_status
      : order.status === "completed"
        ? "completed"
        : "not_fulfilled")
  )
}

export default async function OrderStatus({
  order,
  locale,
}: {
  order: StoreOrder
  locale: string
}) {
  const status = await getTranslations({ locale, namespace: "status" })
  const stage = orderStage(order)
  return (
    <span
      className={`status status-${stage}`}
      data-testid="order-status"
      data-status={stage}
    >
      {status.has(stage) ? status(stage) : stage}
    </span>
  )
}
