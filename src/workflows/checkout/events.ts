/** Emitted by POST /hooks/payment/:provider (our replacement of Medusa's). */
export const PAYMENT_WEBHOOK_RECEIVED = "tiantou.payment.webhook_received"

/** Emitted once per checkout, after order.placed for each co-op order. */
export const ORDER_GROUP_PLACED = "order_group.placed"
