import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
import { vendorAuth } from "../auth"
import { VendorGetPayoutsParams } from "./validators"

export const vendorPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/payouts",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetPayoutsParams, {
        defaults: ["id"],
        isList: true,
      }),
    ],
  },
]
