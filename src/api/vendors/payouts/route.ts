import type { MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorGetPayoutsParamsType } from "./validators"

/**
 * The co-op's payout ledger: one line per order (gross, commission, net,
 * status) and the net totals per status, summed in the database.
 */
export async function GET(
  req: VendorRequest<unknown, VendorGetPayoutsParamsType>,
  res: MedusaResponse
) {
  const marketplace =
    req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const vendorId = req.vendor_context.vendor_id
  const { skip, take } = req.queryConfig.pagination as {
    skip: number
    take: number
  }
  const status = req.validatedQuery.status
  const [lines, count] = await marketplace.listAndCountPayoutLines(
    { vendor_id: vendorId, ...(status ? { status } : {}) },
    { skip, take, order: { created_at: "DESC" } }
  )
  const sums = await marketplace.sumVendorPayoutLines(vendorId)
  const totals = Object.fromEntries(
    ["pending", "payable", "paid"].map((s) => [s, sums[s]?.net ?? 0])
  )
  res.json({ payout_lines: lines, count, offset: skip, limit: take, totals })
}
