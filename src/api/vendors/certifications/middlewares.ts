import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireVendorRole } from "../../utils/vendor-context"
import { vendorAuth } from "../auth"
import { listVendorCertificationsConfig } from "./query-config"
import {
  VendorCreateCertification,
  VendorGetCertificationsParams,
} from "./validators"

const canDeclare = requireVendorRole(
  ["owner", "manager"],
  "declare certificates"
)

// /vendors/certifications: the co-op's own certificates.
export const vendorCertificationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/certifications",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      validateAndTransformQuery(
        VendorGetCertificationsParams,
        listVendorCertificationsConfig
      ),
    ],
  },
  {
    matcher: "/vendors/certifications",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canDeclare,
      validateAndTransformBody(VendorCreateCertification),
    ],
  },
]
