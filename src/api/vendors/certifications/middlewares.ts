import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { scopedQuery } from "../../utils/scoped-query"
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
      scopedQuery(
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
