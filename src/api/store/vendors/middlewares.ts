import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listStoreVendorsConfig,
  retrieveStoreVendorConfig,
} from "./query-config"
import { StoreGetVendorParams, StoreGetVendorsParams } from "./validators"

// /store/vendors: active co-ops for shoppers.
export const storeVendorsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/vendors",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetVendorsParams, listStoreVendorsConfig),
    ],
  },
  {
    matcher: "/store/vendors/:handle",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        StoreGetVendorParams,
        retrieveStoreVendorConfig
      ),
    ],
  },
]
