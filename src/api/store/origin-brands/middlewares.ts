import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
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
      scopedQuery(StoreGetOriginBrandsParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
  {
    matcher: "/store/origin-brands/:handle",
    methods: ["GET"],
    middlewares: [
      scopedQuery(StoreGetOriginBrandParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
]
