import type { MedusaResponse } from "@medusajs/framework/http"
import { deliverVendorFulfillmentWorkflow } from "../../../../../../../workflows/vendor-orders"
import type { VendorRequest } from "../../../../../../utils/vendor-context"
import { retrieveVendorOrder } from "../../../../helpers"

/** Marks a fulfilment of the co-op's order as delivered. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { vendor_id } = req.vendor_context
  await deliverVendorFulfillmentWorkflow(req.scope).run({
    input: {
      vendor_id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
    },
  })
  const order = await retrieveVendorOrder(req.scope, vendor_id, req.params.id)
  res.json({ order })
}
