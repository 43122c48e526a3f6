import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCartsMiddlewares } from "./carts/middlewares"
import { storeCatalogueMiddlewares } from "./catalogue/middlewares"
import { storeCustomersMiddlewares } from "./customers/middlewares"
import { storeOrdersMiddlewares } from "./orders/middlewares"
import { storeOriginBrandsMiddlewares } from "./origin-brands/middlewares"
import { storePickupPointsMiddlewares } from "./pickup-points/middlewares"
import { storeProductVariantsMiddlewares } from "./product-variants/middlewares"
import { storeProductsMiddlewares } from "./products/middlewares"
import { storeVendorsMiddlewares } from "./vendors/middlewares"

export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeVendorsMiddlewares,
  ...storeProductsMiddlewares,
  ...storeProductVariantsMiddlewares,
  ...storeCartsMiddlewares,
  ...storeOrdersMiddlewares,
  ...storeCatalogueMiddlewares,
  ...storeCustomersMiddlewares,
  ...storeOriginBrandsMiddlewares,
  ...storePickupPointsMiddlewares,
]
