import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { verifyCustomerEmailWorkflow } from "../../../../../../workflows/customers"
import type { StoreConfirmEmailVerificationType } from "../../../validators"

/**
 * Verifies the signed-in customer's email with the token from the link,
 * and attaches the orders placed with it as a guest.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreConfirmEmailVerificationType>,
  res: MedusaResponse
) {
  const { result } = await verifyCustomerEmailWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      token: req.validatedBody.token,
    },
  })
  res.json({
    email_verification: {
      email: result.email,
      verified: true,
      attached_order_ids: result.order_ids,
    },
  })
}
