import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreCreatePhoneCustomer } from "./phone/validators"

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
]
