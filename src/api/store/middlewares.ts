import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCartsMiddlewares } from "./carts/middlewares"
import { storeOrdersMiddlewares } from "./orders/middlewares"
import { storeProductsMiddlewares } from "./products/middlewares"
import { storeVendorsMiddlewares } from "./vendors/middlewares"

export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeVendorsMiddlewares,
  ...storeProductsMiddlewares,
  ...storeCartsMiddlewares,
  ...storeOrdersMiddlewares,
]
