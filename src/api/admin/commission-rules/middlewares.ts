import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminCommissionRulesQueryConfig } from "./query-config"
import {
  AdminCreateCommissionRule,
  AdminGetCommissionRulesParams,
  AdminUpdateCommissionRule,
} from "./validators"

// /admin/commission-rules: the default and per-category rates. Admin auth is
// applied to /admin/* by Medusa itself.
export const adminCommissionRulesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/commission-rules",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetCommissionRulesParams,
        adminCommissionRulesQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/commission-rules",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCommissionRule)],
  },
  {
    matcher: "/admin/commission-rules/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)],
  },
]
