import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { acceptVendorInviteWorkflow } from "../../../../workflows/marketplace"
import { vendorMemberFields } from "../../members/query-config"
import type { VendorAcceptInviteType } from "../../members/validators"

/**
 * Accepts the co-op invitation for the login's email. Authenticate with the
 * token from POST /auth/vendor/emailpass/register (or a login of the same
 * email); the body carries the invitation's one-time token from the email's
 * link: `{ token }`. Log in again afterwards (POST /auth/vendor/emailpass)
 * for a token that carries the membership.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorAcceptInviteType>,
  res: MedusaResponse
) {
  if (req.auth_context?.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This login already belongs to a co-op member; one login joins one co-op."
    )
  }
  const { result } = await acceptVendorInviteWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      token: req.validatedBody.token,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: [
      ...vendorMemberFields,
      "vendor.id",
      "vendor.name",
      "vendor.handle",
    ],
    filters: { id: result.id },
  })
  res.json({ member })
}
