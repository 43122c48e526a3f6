import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
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
    middlewares: [scopedQuery(StoreGetVendorsParams, listStoreVendorsConfig)],
  },
  {
    matcher: "/store/vendors/:handle",
    methods: ["GET"],
    middlewares: [scopedQuery(StoreGetVendorParams, retrieveStoreVendorConfig)],
  },
]
