export * from "./workflows/attach-guest-orders"
export * from "./workflows/request-email-verification"
export * from "./workflows/verify-customer-email"
export * from "./workflows/cancel-customer-order"
