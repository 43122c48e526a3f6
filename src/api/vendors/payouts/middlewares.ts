import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { vendorAuth } from "../auth"
import { VendorGetPayoutsParams } from "./validators"

export const vendorPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/payouts",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      validateAndTransformQuery(VendorGetPayoutsParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
]
