import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminBrandAuthorizationsQueryConfig } from "./query-config"
import {
  AdminCreateBrandAuthorization,
  AdminGetBrandAuthorizationParams,
  AdminGetBrandAuthorizationsParams,
  AdminUpdateBrandAuthorization,
} from "./validators"

// /admin/brand-authorizations: which co-op may sell under which brand, when.
export const adminBrandAuthorizationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/brand-authorizations",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetBrandAuthorizationsParams,
        adminBrandAuthorizationsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/brand-authorizations",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateBrandAuthorization)],
  },
  {
    matcher: "/admin/brand-authorizations/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetBrandAuthorizationParams,
        adminBrandAuthorizationsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/brand-authorizations/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateBrandAuthorization)],
  },
]
