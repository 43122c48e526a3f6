import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
import { vendorAuth } from "../auth"
import { VendorGetBrandAuthorizationsParams } from "./validators"

// /vendors/brand-authorizations: which brands the co-op may sell under.
export const vendorBrandAuthorizationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/brand-authorizations",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetBrandAuthorizationsParams, {
        defaults: [
          "id",
          "vendor_id",
          "valid_from",
          "valid_to",
          "status",
          "note",
          "brand.id",
          "brand.handle",
          "brand.name_zh",
          "brand.name_en",
          "brand.type",
        ],
        isList: true,
      }),
    ],
  },
]
