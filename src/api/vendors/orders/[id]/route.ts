import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../utils/vendor-context"
import { retrieveVendorOrder } from "../helpers"

/** One of the co-op's own orders; 404 for any other order. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const order = await retrieveVendorOrder(
    req.scope,
    req.vendor_context.vendor_id,
    req.params.id
  )
  res.json({ order })
}
