import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { unlockParcelWorkflow } from "../../../../../workflows/pickup"
import type { AdminUnlockParcelType } from "../../validators"
import { retrieveAdminParcel } from "../helpers"

/** Lifts a parcel's wrong-code lock at any point, with a reason for its history. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUnlockParcelType>,
  res: MedusaResponse
) {
  await unlockParcelWorkflow(req.scope).run({
    input: {
      parcel_id: req.params.id,
      actor: { type: "user", id: req.auth_context.actor_id },
      reason: req.validatedBody.reason,
    },
  })
  const parcel = await retrieveAdminParcel(req.scope, req.params.id)
  res.json({ parcel })
}
