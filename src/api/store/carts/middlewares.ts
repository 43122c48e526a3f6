import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refineValidatedBody } from "../../utils/validators/refine-validated-body"
import { refuseUnpricedVariants } from "./refuse-unpriced-variants"
import { StoreCartItemsQuantity, StoreCartLineQuantity } from "./validators"

// /store/carts: completion into one order per co-op, whole-unit lines
// (Medusa takes 1.5 and charged it as 2), and no line priced from a variant
// whose stored price breaks the price rule.
export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts",
    methods: ["POST"],
    middlewares: [
      refineValidatedBody(StoreCartItemsQuantity),
      refuseUnpricedVariants,
    ],
  },
  {
    matcher: "/store/carts/:id/line-items",
    methods: ["POST"],
    middlewares: [
      refineValidatedBody(StoreCartLineQuantity),
      refuseUnpricedVariants,
    ],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    methods: ["POST"],
    middlewares: [
      refineValidatedBody(StoreCartLineQuantity),
      refuseUnpricedVariants,
    ],
  },
]
