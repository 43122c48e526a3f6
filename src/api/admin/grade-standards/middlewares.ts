import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminGradeStandardsQueryConfig } from "./query-config"
import {
  AdminCreateGradeStandard,
  AdminGetGradeStandardParams,
  AdminGetGradeStandardsParams,
  AdminSupersedeGradeStandard,
  AdminUpdateGradeStandard,
} from "./validators"

// /admin/grade-standards: grading standards with their levels. Admin auth is
// applied to /admin/* by Medusa itself.
export const adminGradeStandardsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/grade-standards",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetGradeStandardsParams,
        adminGradeStandardsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/grade-standards",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateGradeStandard)],
  },
  {
    matcher: "/admin/grade-standards/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetGradeStandardParams,
        adminGradeStandardsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/grade-standards/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateGradeStandard)],
  },
  {
    matcher: "/admin/grade-standards/:id/supersede",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSupersedeGradeStandard)],
  },
]
