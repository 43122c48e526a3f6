import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import {
  listAdminPickupStaffConfig,
  retrieveAdminPickupStaffConfig,
} from "./query-config"
import {
  AdminAddPickupStaffMembership,
  AdminCreatePickupStaff,
  AdminGetPickupStaffMemberParams,
  AdminGetPickupStaffParams,
} from "./validators"

const retrieve = validateAndTransformQuery(
  AdminGetPickupStaffMemberParams,
  retrieveAdminPickupStaffConfig
)

export const adminPickupStaffMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/pickup-staff",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetPickupStaffParams,
        listAdminPickupStaffConfig
      ),
    ],
  },
  {
    matcher: "/admin/pickup-staff",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePickupStaff), retrieve],
  },
  {
    matcher: "/admin/pickup-staff/:id",
    methods: ["GET"],
    middlewares: [retrieve],
  },
  {
    matcher: "/admin/pickup-staff/:id/memberships",
    methods: ["POST"],
    middlewares: [
      validateAndTransformBody(AdminAddPickupStaffMembership),
      retrieve,
    ],
  },
  {
    matcher: "/admin/pickup-staff/:id/memberships/:point_id",
    methods: ["DELETE"],
    middlewares: [retrieve],
  },
]
