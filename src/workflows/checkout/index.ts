export * from "./workflows/complete-cart-with-order-group"
