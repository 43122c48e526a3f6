import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resendVendorInviteWorkflow } from "../../../../../workflows/marketplace"
import type { VendorRequest } from "../../../../utils/vendor-context"
import { vendorMemberFields } from "../../query-config"
import type { VendorResendInviteType } from "../../validators"

/**
 * Emails an invited member of the caller's co-op a new invitation link
 * (owners only). The link sent before stops working; the token is never in
 * the response.
 */
export async function POST(
  req: VendorRequest<VendorResendInviteType>,
  res: MedusaResponse
) {
  const { result } = await resendVendorInviteWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      member_id: req.params.id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: vendorMemberFields,
    filters: { id: result.member_id },
  })
  res.json({ member })
}
