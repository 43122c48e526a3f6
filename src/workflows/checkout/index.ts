export * from "./events"
export * from "./workflows/complete-cart-with-order-group"
export * from "./workflows/complete-paid-cart"
export * from "./workflows/process-payment-webhook"
