import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeVendorStatusWorkflow } from "../../../workflows/marketplace"
import type { VendorStatusAction } from "../../../workflows/marketplace/utils/vendor-status"
import { vendorMemberFields } from "../../vendors/members/query-config"
import type { AdminVendorStatusActionType } from "./validators"

export const adminVendorFields = [
  "*",
  // Listed, not `members.*`: a member's invitation token hash stays private.
  ...vendorMemberFields.map((field) => `members.${field}`),
  "status_changes.*",
  "stock_location.id",
  "stock_location.name",
  "shipping_profile.id",
  "shipping_profile.name",
]

/** A route handler that applies one platform decision to a co-op. */
export function statusActionHandler(action: VendorStatusAction) {
  return async (
    req: AuthenticatedMedusaRequest<AdminVendorStatusActionType>,
    res: MedusaResponse
  ) => {
    await changeVendorStatusWorkflow(req.scope).run({
      input: {
        vendor_id: req.params.id,
        action,
        reason: req.validatedBody.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [vendor],
    } = await query.graph({
      entity: "vendor",
      fields: adminVendorFields,
      filters: { id: req.params.id },
    })
    res.json({ vendor })
  }
}
