import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
      validateAndTransformQuery(
        StoreGetPickupPointsParams,
        storePickupPointQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/store/pickup-points/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        StoreGetPickupPointParams,
        storePickupPointQueryConfig.retrieve
      ),
    ],
  },
]
