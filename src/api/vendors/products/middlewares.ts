import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { scopedQuery } from "../../utils/scoped-query"
import {
  loadVendorContext,
  requireVendorRole,
} from "../../utils/vendor-context"
import {
  listVendorProductsConfig,
  retrieveVendorProductConfig,
} from "./query-config"
import {
  VendorCreateProduct,
  VendorGetProductParams,
  VendorGetProductsParams,
  VendorSetVariantStock,
  VendorUpdateProduct,
} from "./validators"
import { VendorCreateVariant } from "./variant-validators"

// Not imported from ../middlewares: that file imports this one.
const vendorAuth = [
  authenticate("vendor", ["session", "bearer"]),
  loadVendorContext,
]
// Staff fulfil orders and count stock; prices and listings are the
// owner's and managers' call.
const canEditCatalogue = requireVendorRole(
  ["owner", "manager"],
  "change products or their prices (staff cannot change prices)"
)

// /vendors/products: the co-op's own catalogue.
export const vendorProductsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/products",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetProductsParams, listVendorProductsConfig),
    ],
  },
  {
    matcher: "/vendors/products",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canEditCatalogue,
      validateAndTransformBody(VendorCreateProduct),
    ],
  },
  {
    matcher: "/vendors/products/:id",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetProductParams, retrieveVendorProductConfig),
    ],
  },
  {
    matcher: "/vendors/products/:id",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canEditCatalogue,
      validateAndTransformBody(VendorUpdateProduct),
    ],
  },
  {
    matcher: "/vendors/products/:id",
    methods: ["DELETE"],
    middlewares: [...vendorAuth, canEditCatalogue],
  },
  {
    matcher: "/vendors/products/:id/variants",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      canEditCatalogue,
      validateAndTransformBody(VendorCreateVariant),
    ],
  },
  {
    matcher: "/vendors/products/:id/variants/:variant_id",
    methods: ["DELETE"],
    middlewares: [...vendorAuth, canEditCatalogue],
  },
  {
    matcher: "/vendors/products/:id/variants/:variant_id/stock",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      validateAndTransformBody(VendorSetVariantStock),
    ],
  },
]
