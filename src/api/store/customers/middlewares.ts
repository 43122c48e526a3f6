import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { refuseReservedMetadata } from "./reserved-metadata"
import {
  StoreConfirmEmailVerification,
  StoreRequestEmailVerification,
} from "./validators"

export const storeCustomersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me",
    methods: ["POST"],
    middlewares: [refuseReservedMetadata],
  },
  {
    matcher: "/store/customers/me/email-verification",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreRequestEmailVerification),
    ],
  },
  {
    matcher: "/store/customers/me/email-verification/confirm",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreConfirmEmailVerification),
    ],
  },
]
