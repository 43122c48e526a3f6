import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminCertificationsQueryConfig } from "./query-config"
import {
  AdminCreateCertification,
  AdminGetCertificationParams,
  AdminGetCertificationsParams,
  AdminUpdateCertification,
} from "./validators"

// /admin/certifications: 三品一标 and 承诺达标合格证 held by co-ops or products.
export const adminCertificationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/certifications",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetCertificationsParams,
        adminCertificationsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/certifications",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCertification)],
  },
  {
    matcher: "/admin/certifications/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetCertificationParams,
        adminCertificationsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/certifications/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCertification)],
  },
]
