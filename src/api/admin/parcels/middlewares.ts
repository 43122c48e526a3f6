import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { adminParcelsQueryConfig } from "./query-config"
import {
  AdminGetParcelParams,
  AdminGetParcelsParams,
  AdminUnlockParcel,
} from "./validators"

// /admin/parcels: the parcel board; staff move parcels via /pickup, and the
// platform may only lift a wrong-code lock.
export const adminParcelsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/parcels",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetParcelsParams,
        adminParcelsQueryConfig.list
      ),
    ],
  },
  {
    matcher: "/admin/parcels/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetParcelParams,
        adminParcelsQueryConfig.retrieve
      ),
    ],
  },
  {
    matcher: "/admin/parcels/:id/unlock",
    methods: ["POST"],
    middlewares: [
      validateAndTransformBody(AdminUnlockParcel),
      validateAndTransformQuery(
        AdminGetParcelParams,
        adminParcelsQueryConfig.retrieve
      ),
    ],
  },
]
