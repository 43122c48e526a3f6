import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrievePickupStaff } from "../helpers"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const staff = await retrievePickupStaff(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ pickup_staff: staff })
}
