import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  StoreGetOriginBrandParams,
  StoreGetOriginBrandsParams,
} from "./validators"

// /store/origin-brands: brand stories with the products whose claim holds.
export const storeOriginBrandsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/origin-brands",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOriginBrandsParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
  {
    matcher: "/store/origin-brands/:handle",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOriginBrandParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
]
