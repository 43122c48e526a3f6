import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../utils/vendor-context"
import { listOrders, vendorOrderIds } from "./helpers"
import type { VendorGetOrdersParamsType } from "./validators"

/** The co-op's own orders, newest first. */
export async function GET(
  req: VendorRequest<unknown, VendorGetOrdersParamsType>,
  res: MedusaResponse
) {
  const ids = await vendorOrderIds(req.scope, req.vendor_context.vendor_id)
  const { skip, take } = req.queryConfig.pagination as {
    skip: number
    take: number
  }
  const { orders, count } = await listOrders(req.scope, ids, { skip, take })
  res.json({ orders, count, offset: skip, limit: take })
}
