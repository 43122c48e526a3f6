import type { MedusaResponse } from "@medusajs/framework/http"
import { handoverParcelWorkflow } from "../../../../../workflows/pickup"
import type { PickupRequest } from "../../../auth"
import { retrievePickupParcel } from "../../helpers"
import type { PickupHandoverParcelType } from "../../validators"

/**
 * Hands the parcel over against the customer's code or QR. A wrong code is
 * a 400 with the attempts left; five lock the parcel for 15 minutes.
 */
export async function POST(
  req: PickupRequest<PickupHandoverParcelType>,
  res: MedusaResponse
) {
  const { staff_id, point_ids } = req.pickup_context
  await handoverParcelWorkflow(req.scope).run({
    input: {
      parcel_id: req.params.id,
      point_ids,
      staff_id,
      ...req.validatedBody,
    },
  })
  const parcel = await retrievePickupParcel(
    req.scope,
    point_ids,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ parcel })
}
