import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { pickupAuth } from "../auth"
import {
  listPickupParcelsConfig,
  retrievePickupParcelConfig,
} from "./query-config"
import {
  PickupGetParcelParams,
  PickupGetParcelsParams,
  PickupHandoverParcel,
  PickupReceiveParcel,
} from "./validators"

export const pickupParcelsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/pickup/parcels",
    methods: ["GET"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformQuery(
        PickupGetParcelsParams,
        listPickupParcelsConfig
      ),
    ],
  },
  {
    matcher: "/pickup/parcels/:id",
    methods: ["GET"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformQuery(
        PickupGetParcelParams,
        retrievePickupParcelConfig
      ),
    ],
  },
  {
    matcher: "/pickup/parcels/:id/receive",
    methods: ["POST"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformBody(PickupReceiveParcel),
      validateAndTransformQuery(
        PickupGetParcelParams,
        retrievePickupParcelConfig
      ),
    ],
  },
  {
    matcher: "/pickup/parcels/:id/handover",
    methods: ["POST"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformBody(PickupHandoverParcel),
      validateAndTransformQuery(
        PickupGetParcelParams,
        retrievePickupParcelConfig
      ),
    ],
  },
]
