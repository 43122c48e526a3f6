import type { MedusaResponse } from "@medusajs/framework/http"
import { unlockParcelWorkflow } from "../../../../../workflows/pickup"
import type { PickupRequest } from "../../../auth"
import { retrievePickupParcel } from "../../helpers"
import type { PickupUnlockParcelType } from "../../validators"

/**
 * Lifts the parcel's wrong-code lock with a reason, for a manager of its
 * point; plain staff get a 403 that tells them to ask the manager.
 */
export async function POST(
  req: PickupRequest<PickupUnlockParcelType>,
  res: MedusaResponse
) {
  const { staff_id, point_ids } = req.pickup_context
  await unlockParcelWorkflow(req.scope).run({
    input: {
      parcel_id: req.params.id,
      actor: { type: "pickup_staff", id: staff_id },
      reason: req.validatedBody.reason,
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
