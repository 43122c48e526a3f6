import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../utils/validators/validate"
import { vendorAuth } from "./auth"
import { refuseForeignReferences } from "./body-references"
import { vendorBrandAuthorizationsMiddlewares } from "./brand-authorizations/middlewares"
import { vendorCertificationsMiddlewares } from "./certifications/middlewares"
import { vendorGradeStandardsMiddlewares } from "./grade-standards/middlewares"
import { vendorMembersMiddlewares } from "./members/middlewares"
import { vendorOrdersMiddlewares } from "./orders/middlewares"
import { vendorPayoutsMiddlewares } from "./payouts/middlewares"
import { vendorProductClaimsMiddlewares } from "./products/claims-middlewares"
import { vendorProductsMiddlewares } from "./products/middlewares"
import { vendorUploadsMiddlewares } from "./uploads/middlewares"
import { VendorCreateVendor } from "./validators"

export { vendorAuth }

export const vendorsMiddlewares: MiddlewareRoute[] = [
  // Before any route's own validation: no body names records outside the co-op.
  { matcher: "/vendors*", middlewares: [refuseForeignReferences] },
  {
    matcher: "/vendors",
    methods: ["POST"],
    middlewares: [
      authenticate("vendor", ["session", "bearer"], {
        allowUnregistered: true,
      }),
      validateAndTransformBody(VendorCreateVendor),
    ],
  },
  { matcher: "/vendors/me", methods: ["GET"], middlewares: [...vendorAuth] },
  ...vendorMembersMiddlewares,
  ...vendorProductsMiddlewares,
  ...vendorProductClaimsMiddlewares,
  ...vendorCertificationsMiddlewares,
  ...vendorBrandAuthorizationsMiddlewares,
  ...vendorGradeStandardsMiddlewares,
  ...vendorOrdersMiddlewares,
  ...vendorPayoutsMiddlewares,
  ...vendorUploadsMiddlewares,
]
