import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../utils/validators/validate"
import { adminParcelsQueryConfig } from "./query-config"
import { AdminGetParcelsParams } from "./validators"

// /admin/parcels: the read-only parcel board; staff move parcels via /pickup.
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
]
