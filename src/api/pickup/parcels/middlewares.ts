import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { scopedQuery } from "../../utils/scoped-query"
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
  PickupUnlockParcel,
} from "./validators"

export const pickupParcelsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/pickup/parcels",
    methods: ["GET"],
    middlewares: [
      ...pickupAuth,
      scopedQuery(PickupGetParcelsParams, listPickupParcelsConfig),
    ],
  },
  {
    matcher: "/pickup/parcels/:id",
    methods: ["GET"],
    middlewares: [
      ...pickupAuth,
      scopedQuery(PickupGetParcelParams, retrievePickupParcelConfig),
    ],
  },
  {
    matcher: "/pickup/parcels/:id/receive",
    methods: ["POST"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformBody(PickupReceiveParcel),
      scopedQuery(PickupGetParcelParams, retrievePickupParcelConfig),
    ],
  },
  {
    matcher: "/pickup/parcels/:id/handover",
    methods: ["POST"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformBody(PickupHandoverParcel),
      scopedQuery(PickupGetParcelParams, retrievePickupParcelConfig),
    ],
  },
  {
    matcher: "/pickup/parcels/:id/unlock",
    methods: ["POST"],
    middlewares: [
      ...pickupAuth,
      validateAndTransformBody(PickupUnlockParcel),
      scopedQuery(PickupGetParcelParams, retrievePickupParcelConfig),
    ],
  },
]
