import type { MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { VendorRequest } from "../../utils/vendor-context"
import { listOrders, stageCounts } from "./helpers"
import { cachedOrderPage } from "./page-cache"
import type { VendorGetOrdersParamsType } from "./validators"

/**
 * The co-op's own orders, newest first; `status` keeps those at the given
 * stages (./stage.ts), and `counts` says how many are at each. The page and
 * the counts come from the stored stages (vendor_order_stage), so only the
 * page's orders are read in full, and kept a few seconds (./page-cache.ts).
 */
export async function GET(
  req: VendorRequest<unknown, VendorGetOrdersParamsType>,
  res: MedusaResponse
) {
  const marketplace =
    req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const { skip, take } = req.queryConfig.pagination as {
    skip: number
    take: number
  }
  const page = await marketplace.listVendorOrderPage(
    req.vendor_context.vendor_id,
    { stages: req.validatedQuery.status, skip, take }
  )
  const vendorId = req.vendor_context.vendor_id
  const orders = await cachedOrderPage(
    req.scope,
    `${vendorId}:${page.version}:${page.order_ids.join(",")}`,
    () => listOrders(req.scope, page.order_ids)
  )
  res.json({
    orders,
    count: page.count,
    offset: skip,
    limit: take,
    counts: stageCounts(page.counts),
  })
}
