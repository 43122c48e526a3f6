import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { requestEmailVerificationWorkflow } from "../../../../../workflows/customers"
import type { StoreRequestEmailVerificationType } from "../../validators"

/**
 * Emails the signed-in customer a one-time link that verifies their email;
 * once verified, the orders they placed with it as a guest are theirs.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreRequestEmailVerificationType>,
  res: MedusaResponse
) {
  const { result } = await requestEmailVerificationWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({
    email_verification: { expires_at: result.expires_at },
  })
}
