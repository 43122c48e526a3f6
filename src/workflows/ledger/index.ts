export * from "./workflows/release-payable-payout-lines"
export * from "./steps/cancel-order-payout-lines"
export * from "./workflows/cancel-order-payout-lines"
