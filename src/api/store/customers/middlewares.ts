import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { StoreCreatePhoneCustomer } from "./phone/validators"
import { refuseReservedMetadata } from "./reserved-metadata"
import {
  StoreConfirmEmailVerification,
  StoreRequestEmailVerification,
} from "./validators"

export const storeCustomersMiddlewares: MiddlewareRoute[] = [
  {
    // The token from a phone's first sign-in has no customer yet.
    matcher: "/store/customers/phone",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], {
        allowUnregistered: true,
      }),
      validateAndTransformBody(StoreCreatePhoneCustomer),
    ],
  },
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
