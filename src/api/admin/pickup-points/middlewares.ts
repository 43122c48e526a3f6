import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminPickupPointsQueryConfig } from "./query-config"
import {
  AdminCreatePickupPoint,
  AdminGetPickupPointCapacityParams,
  AdminGetPickupPointParams,
  AdminGetPickupPointsParams,
  AdminSetPickupPointZones,
  AdminUpdatePickupPoint,
} from "./validators"

// /admin/pickup-points: the points, their zones and capacity. Admin auth is
// applied to /admin/* by Medusa itself.
export const adminPickupPointsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/pickup-points",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetPickupPointsParams,
        adminPickupPointsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/pickup-points",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePickupPoint)],
  },
  {
    matcher: "/admin/pickup-points/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetPickupPointParams,
        adminPickupPointsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/pickup-points/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePickupPoint)],
  },
  {
    matcher: "/admin/pickup-points/:id/zones",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetPickupPointZones)],
  },
  {
    matcher: "/admin/pickup-points/:id/capacity",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetPickupPointCapacityParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
]
