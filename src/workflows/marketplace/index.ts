export * from "./workflows/change-vendor-status"
export * from "./workflows/create-vendor"
export * from "./workflows/provision-vendor-fulfillment"
