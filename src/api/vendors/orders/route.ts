import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../utils/vendor-context"
import { listOrders, vendorOrderIds, vendorOrderStages } from "./helpers"
import type { VendorGetOrdersParamsType } from "./validators"

/**
 * The co-op's own orders, newest first; `status` keeps those at the given
 * stages (./stage.ts), and `counts` says how many are at each.
 */
export async function GET(
  req: VendorRequest<unknown, VendorGetOrdersParamsType>,
  res: MedusaResponse
) {
  const all = await vendorOrderIds(req.scope, req.vendor_context.vendor_id)
  const { stages, counts } = await vendorOrderStages(req.scope, all)
  const wanted = req.validatedQuery.status
  const ids = wanted?.length
    ? all.filter((id) => wanted.includes(stages.get(id)!))
    : all
  const { skip, take } = req.queryConfig.pagination as {
    skip: number
    take: number
  }
  const { orders, count } = await listOrders(req.scope, ids, { skip, take })
  res.json({ orders, count, offset: skip, limit: take, counts })
}
