import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
import { storePickupPointQueryConfig } from "./query-config"
import {
  StoreGetPickupPointParams,
  StoreGetPickupPointsParams,
} from "./validators"

// Public: the publishable key is all a shopper needs to find a point.
export const storePickupPointsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/pickup-points",
    methods: ["GET"],
    middlewares: [
      scopedQuery(StoreGetPickupPointsParams, storePickupPointQueryConfig.list),
    ],
  },
  {
    matcher: "/store/pickup-points/:id",
    methods: ["GET"],
    middlewares: [
      scopedQuery(
        StoreGetPickupPointParams,
        storePickupPointQueryConfig.retrieve
      ),
    ],
  },
]
