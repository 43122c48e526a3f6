import type { MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorGetPayoutsParamsType } from "./validators"

/**
 * The co-op's payout ledger: one line per order (gross, commission, net,
 * status) and the totals per status.
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
  const all = await marketplace.listPayoutLines(
    { vendor_id: vendorId },
    { select: ["status", "net"] }
  )
  const totals: Record<string, number> = {
    pending: 0,
    payable: 0,
    paid: 0,
  }
  for (const line of all) {
    if (line.status in totals) {
      totals[line.status] = MathBN.add(totals[line.status], line.net).toNumber()
    }
  }
  res.json({ payout_lines: lines, count, offset: skip, limit: take, totals })
}
