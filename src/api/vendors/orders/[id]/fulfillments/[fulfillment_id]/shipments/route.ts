import type { MedusaResponse } from "@medusajs/framework/http"
import { shipVendorFulfillmentWorkflow } from "../../../../../../../workflows/vendor-orders"
import type { VendorRequest } from "../../../../../../utils/vendor-context"
import { retrieveVendorOrder } from "../../../../helpers"
import type { VendorCreateShipmentType } from "../../../../validators"

/** Marks a fulfilment of the co-op's order as shipped. */
export async function POST(
  req: VendorRequest<VendorCreateShipmentType>,
  res: MedusaResponse
) {
  const { vendor_id } = req.vendor_context
  await shipVendorFulfillmentWorkflow(req.scope).run({
    input: {
      vendor_id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      labels: req.validatedBody.labels,
    },
  })
  const order = await retrieveVendorOrder(req.scope, vendor_id, req.params.id)
  res.json({ order })
}
