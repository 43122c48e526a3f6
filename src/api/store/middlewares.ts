import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCartsMiddlewares } from "./carts/middlewares"
import { storeCatalogueMiddlewares } from "./catalogue/middlewares"
import { storeCustomersMiddlewares } from "./customers/middlewares"
import { storeOrderLookupMiddlewares } from "./order-lookup/middlewares"
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
  ...storeOrderLookupMiddlewares,
  ...storeCustomersMiddlewares,
  ...storeCatalogueMiddlewares,
  ...storeOriginBrandsMiddlewares,
  ...storePickupPointsMiddlewares,
]
