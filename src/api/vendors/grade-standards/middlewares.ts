import { type MiddlewareRoute } from "@medusajs/framework/http"
import { scopedQuery } from "../../utils/scoped-query"
import { vendorAuth } from "../auth"
import { listVendorGradeStandardsConfig } from "./query-config"
import { VendorGetGradeStandardsParams } from "./validators"

// /vendors/grade-standards: the current standards a co-op grades against.
export const vendorGradeStandardsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/grade-standards",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(
        VendorGetGradeStandardsParams,
        listVendorGradeStandardsConfig
      ),
    ],
  },
]
