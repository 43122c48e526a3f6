import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPhoneCustomerAccountWorkflow } from "../../../../workflows/phone-auth"
import type { StoreCreatePhoneCustomerType } from "./validators"

/**
 * Creates the customer for a phone's first sign-in by SMS code, with the
 * verified phone. Called with the token `POST /auth/customer/phone`
 * returned; refresh the token afterwards (`POST /auth/token/refresh`) to
 * get one that names the customer.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreatePhoneCustomerType>,
  res: MedusaResponse
) {
  const { result } = await createPhoneCustomerAccountWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      customer: req.validatedBody,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "phone", "email", "first_name", "last_name", "has_account"],
    filters: { id: result.id },
  })
  res.status(201).json({ customer })
}
