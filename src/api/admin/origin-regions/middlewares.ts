import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminOriginRegionsQueryConfig } from "./query-config"
import {
  AdminCreateOriginRegion,
  AdminGetOriginRegionParams,
  AdminGetOriginRegionsParams,
  AdminUpdateOriginRegion,
} from "./validators"

// /admin/origin-regions: GB/T 2260 divisions brands and co-ops refer to.
export const adminOriginRegionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/origin-regions",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetOriginRegionsParams,
        adminOriginRegionsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/origin-regions",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateOriginRegion)],
  },
  {
    matcher: "/admin/origin-regions/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetOriginRegionParams,
        adminOriginRegionsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/origin-regions/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateOriginRegion)],
  },
]
