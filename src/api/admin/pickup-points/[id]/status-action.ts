import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updatePickupPointWorkflow } from "../../../../workflows/pickup"
import { refetchPickupPoint } from "../helpers"

/** A handler that pauses or re-activates a point. */
export function pickupPointStatusHandler(status: "active" | "paused") {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    await updatePickupPointWorkflow(req.scope).run({
      input: { id: req.params.id, update: { status } },
    })
    res.json({
      pickup_point: await refetchPickupPoint(req.scope, req.params.id),
    })
  }
}
