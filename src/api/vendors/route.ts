import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createVendorWorkflow } from "../../workflows/marketplace"
import { vendorMeFields } from "./query-config"
import type { VendorCreateVendorType } from "./validators"

/**
 * Registers a co-op with the registration token from
 * POST /auth/vendor/emailpass/register. The co-op starts in pending_review;
 * log in again (POST /auth/vendor/emailpass) for a token that carries it.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorCreateVendorType>,
  res: MedusaResponse
) {
  if (req.auth_context?.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This login already belongs to a co-op member; one login runs one co-op."
    )
  }
  const { member, ...vendor } = req.validatedBody
  const { result } = await createVendorWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      vendor,
      owner: member,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [created],
  } = await query.graph({
    entity: "vendor",
    fields: vendorMeFields,
    filters: { id: result.vendor.id },
  })
  res.status(201).json({ vendor: created, member: result.owner })
}
