import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { requireVendorRole } from "../../utils/vendor-context"
import { vendorAuth } from "../auth"
import {
  VendorDeclareVariantGrade,
  VendorSetProductBrand,
  VendorUpdateProductCertifications,
} from "./claims-validators"

// Claims change what shoppers are promised: owners' and managers' call.
const canClaim = requireVendorRole(
  ["owner", "manager"],
  "declare grades, brands or certifications"
)

// /vendors/products/:id/…: grade, brand and certification claims.
export const vendorProductClaimsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/products/:id/variants/:variant_id/grade",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canClaim,
      validateAndTransformBody(VendorDeclareVariantGrade),
    ],
  },
  {
    matcher: "/vendors/products/:id/variants/:variant_id/grade",
    methods: ["DELETE"],
    middlewares: [...vendorAuth, canClaim],
  },
  {
    matcher: "/vendors/products/:id/brand",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canClaim,
      validateAndTransformBody(VendorSetProductBrand),
    ],
  },
  {
    matcher: "/vendors/products/:id/certifications",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canClaim,
      validateAndTransformBody(VendorUpdateProductCertifications),
    ],
  },
]
