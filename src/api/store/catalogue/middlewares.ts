import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  StoreGetCatalogueParams,
  StoreGetCatalogueProductParams,
} from "./validators"

// /store/catalogue: the storefront's read path, served from the read model.
export const storeCatalogueMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/catalogue",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetCatalogueParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
  {
    matcher: "/store/catalogue/:handle",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetCatalogueProductParams, {
        defaults: ["id"],
      }),
    ],
  },
]
