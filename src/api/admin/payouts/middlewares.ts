import { type MiddlewareRoute } from "@medusajs/framework/http"
import {
  validateAndTransformBody,
  validateAndTransformQuery,
} from "../../utils/validators/validate"
import { listAdminPayoutLinesConfig } from "../payout-lines/query-config"
import { AdminGetPayoutLinesParams } from "../payout-lines/validators"
import { AdminGetVendorSummaryParams } from "../vendors/[id]/summary/validators"
import { listAdminPayoutsConfig } from "./query-config"
import { AdminCreatePayout, AdminGetPayoutsParams } from "./validators"

// /admin/payouts and /admin/payout-lines: the ledger report and recorded
// payouts; also the co-op summary (products, orders, ledger) that the admin
// co-op page reads. Admin auth is applied to /admin/* by Medusa itself.
export const adminPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payout-lines",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetPayoutLinesParams,
        listAdminPayoutLinesConfig
      ),
    ],
  },
  {
    matcher: "/admin/payouts",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetPayoutsParams, listAdminPayoutsConfig),
    ],
  },
  {
    matcher: "/admin/payouts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePayout)],
  },
  {
    matcher: "/admin/vendors/:id/summary",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetVendorSummaryParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
]
