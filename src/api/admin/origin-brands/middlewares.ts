import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminBrandsQueryConfig } from "./query-config"
import {
  AdminCreateBrand,
  AdminGetBrandParams,
  AdminGetBrandsParams,
  AdminUpdateBrand,
} from "./validators"

// /admin/origin-brands: regional public, enterprise and umbrella brands.
export const adminOriginBrandsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/origin-brands",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetBrandsParams,
        adminBrandsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/origin-brands",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateBrand)],
  },
  {
    matcher: "/admin/origin-brands/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetBrandParams,
        adminBrandsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/origin-brands/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateBrand)],
  },
]
