import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveAdminParcel } from "./helpers"

/** One parcel with its history (unlocks: who, when, why). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const parcel = await retrieveAdminParcel(req.scope, req.params.id)
  res.json({ parcel })
}
