export * from "./steps/create-payout"
export * from "./steps/mark-payout-lines-paid"
export * from "./steps/validate-payout-lines"
export * from "./workflows/record-payout"
