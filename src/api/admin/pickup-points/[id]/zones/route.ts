import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updatePickupPointWorkflow } from "../../../../../workflows/pickup"
import { refetchPickupPoint } from "../../helpers"
import type { AdminSetPickupPointZonesType } from "../../validators"

/**
 * Sets a point's zones and daily compartments; zones left out are removed
 * (refused while they still have reservations or parcels).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetPickupPointZonesType>,
  res: MedusaResponse
) {
  await updatePickupPointWorkflow(req.scope).run({
    input: { id: req.params.id, update: {}, zones: req.validatedBody.zones },
  })
  res.json({
    pickup_point: await refetchPickupPoint(req.scope, req.params.id),
  })
}
