import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminBrandAuthorizationsMiddlewares } from "./brand-authorizations/middlewares"
import { adminCertificationsMiddlewares } from "./certifications/middlewares"
import { adminGradeStandardsMiddlewares } from "./grade-standards/middlewares"
import { adminOriginBrandsMiddlewares } from "./origin-brands/middlewares"
import { adminOriginRegionsMiddlewares } from "./origin-regions/middlewares"
import { adminCommissionRulesMiddlewares } from "./commission-rules/middlewares"
import { adminParcelsMiddlewares } from "./parcels/middlewares"
import { adminPayoutsMiddlewares } from "./payouts/middlewares"
import { adminPickupPointsMiddlewares } from "./pickup-points/middlewares"
import { adminPickupStaffMiddlewares } from "./pickup-staff/middlewares"
import { adminProductPricesMiddlewares } from "./products/middlewares"
import { adminVendorsMiddlewares } from "./vendors/middlewares"

export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminVendorsMiddlewares,
  ...adminPayoutsMiddlewares,
  ...adminCommissionRulesMiddlewares,
  ...adminPickupStaffMiddlewares,
  ...adminPickupPointsMiddlewares,
  ...adminParcelsMiddlewares,
  ...adminGradeStandardsMiddlewares,
  ...adminOriginRegionsMiddlewares,
  ...adminOriginBrandsMiddlewares,
  ...adminCertificationsMiddlewares,
  ...adminBrandAuthorizationsMiddlewares,
  ...adminProductPricesMiddlewares,
]
