import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import {
  listAdminVendorsConfig,
  retrieveAdminVendorConfig,
} from "./query-config"
import {
  AdminGetVendorParams,
  AdminGetVendorsParams,
  AdminUpdateVendor,
  AdminVendorStatusAction,
} from "./validators"

const STATUS_ACTIONS = ["approve", "reject", "suspend", "reinstate", "close"]

export const adminVendorsMiddlewares: MiddlewareRoute[] = [
  ...STATUS_ACTIONS.map((action): MiddlewareRoute => ({
    matcher: `/admin/vendors/:id/${action}`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminVendorStatusAction)],
  })),
  {
    matcher: "/admin/vendors",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetVendorsParams, listAdminVendorsConfig),
    ],
  },
  {
    matcher: "/admin/vendors/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetVendorParams,
        retrieveAdminVendorConfig
      ),
    ],
  },
  {
    matcher: "/admin/vendors/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateVendor)],
  },
]
