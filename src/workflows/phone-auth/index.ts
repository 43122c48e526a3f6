export * from "./events"
export * from "./workflows/confirm-phone-sign-in"
export * from "./workflows/create-phone-customer-account"
export * from "./workflows/send-phone-code"
