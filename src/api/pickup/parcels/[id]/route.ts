import type { MedusaResponse } from "@medusajs/framework/http"
import type { PickupRequest } from "../../auth"
import { retrievePickupParcel } from "../helpers"

/** One parcel at the staff member's points. */
export async function GET(req: PickupRequest, res: MedusaResponse) {
  const parcel = await retrievePickupParcel(
    req.scope,
    req.pickup_context.point_ids,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ parcel })
}
