export * from "./workflows/release-payable-payout-lines"
