import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminVendorStatusAction } from "./validators"

const STATUS_ACTIONS = ["approve", "reject", "suspend", "reinstate", "close"]

export const adminVendorsMiddlewares: MiddlewareRoute[] = [
  ...STATUS_ACTIONS.map((action): MiddlewareRoute => ({
    matcher: `/admin/vendors/:id/${action}`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminVendorStatusAction)],
  })),
]
