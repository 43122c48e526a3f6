import type { MedusaResponse } from "@medusajs/framework/http"
import { createVendorFulfillmentWorkflow } from "../../../../../workflows/vendor-orders"
import type { VendorRequest } from "../../../../utils/vendor-context"
import { retrieveVendorOrder } from "../../helpers"
import type { VendorCreateFulfillmentType } from "../../validators"

/** Fulfils the co-op's order from its own stock location. */
export async function POST(
  req: VendorRequest<VendorCreateFulfillmentType>,
  res: MedusaResponse
) {
  const { vendor_id, member_id } = req.vendor_context
  await createVendorFulfillmentWorkflow(req.scope).run({
    input: {
      vendor_id,
      member_id,
      order_id: req.params.id,
      ...req.validatedBody,
    },
  })
  const order = await retrieveVendorOrder(req.scope, vendor_id, req.params.id)
  res.status(201).json({ order })
}
