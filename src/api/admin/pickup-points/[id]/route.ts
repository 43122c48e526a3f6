import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  deletePickupPointWorkflow,
  updatePickupPointWorkflow,
} from "../../../../workflows/pickup"
import { refetchPickupPoint } from "../helpers"
import type { AdminUpdatePickupPointType } from "../validators"

/** One pickup point with its zones. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const pickup_point = await refetchPickupPoint(req.scope, req.params.id)
  if (!pickup_point?.id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Pickup point "${req.params.id}" was not found.`
    )
  }
  res.json({ pickup_point })
}

/** Edits a point's fields, status and (when given) its zones, in one go. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdatePickupPointType>,
  res: MedusaResponse
) {
  const { zones, ...update } = req.validatedBody
  await updatePickupPointWorkflow(req.scope).run({
    input: { id: req.params.id, update, zones },
  })
  res.json({
    pickup_point: await refetchPickupPoint(req.scope, req.params.id),
  })
}

/** Deletes a point that has no reservations or parcels left to serve. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deletePickupPointWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "pickup_point", deleted: true })
}
