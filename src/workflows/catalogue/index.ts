export * from "./events"
export * from "./workflows/rebuild-catalogue"
export * from "./workflows/refresh-catalogue-products"
