// The stage is computed where it is stored (workflows/vendor-orders); the
// console's validators and list read it from here.
export * from "../../../workflows/vendor-orders/utils/order-stage"
