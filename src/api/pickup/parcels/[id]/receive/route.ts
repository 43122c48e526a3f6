import type { MedusaResponse } from "@medusajs/framework/http"
import { receiveParcelWorkflow } from "../../../../../workflows/pickup"
import type { PickupRequest } from "../../../auth"
import { retrievePickupParcel } from "../../helpers"

/**
 * Books the co-op's delivery in: compartment, code and deadline; the
 * customer is notified. The code is not in the response.
 */
export async function POST(req: PickupRequest, res: MedusaResponse) {
  const { staff_id, point_ids } = req.pickup_context
  await receiveParcelWorkflow(req.scope).run({
    input: { parcel_id: req.params.id, point_ids, staff_id },
  })
  const parcel = await retrievePickupParcel(
    req.scope,
    point_ids,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ parcel })
}
