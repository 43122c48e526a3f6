import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { scopedQuery } from "../../utils/scoped-query"
import { z } from "@medusajs/framework/zod"
import { vendorAuth } from "../auth"
import {
  VendorCreateFulfillment,
  VendorCreateShipment,
  VendorGetOrdersParams,
} from "./validators"

export const vendorOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/orders",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetOrdersParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
  {
    matcher: "/vendors/orders/:id",
    methods: ["GET"],
    middlewares: [...vendorAuth],
  },
  {
    matcher: "/vendors/orders/:id/fulfillments",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      validateAndTransformBody(VendorCreateFulfillment),
    ],
  },
  {
    matcher: "/vendors/orders/:id/fulfillments/:fulfillment_id/shipments",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      validateAndTransformBody(VendorCreateShipment),
    ],
  },
  {
    matcher:
      "/vendors/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      validateAndTransformBody(z.object({}).strict()),
    ],
  },
]
