import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
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
      scopedQuery(StoreGetCatalogueParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
  {
    matcher: "/store/catalogue/:handle",
    methods: ["GET"],
    middlewares: [
      scopedQuery(StoreGetCatalogueProductParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
]
