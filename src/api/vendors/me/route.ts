import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../utils/vendor-context"
import { vendorMeFields } from "../query-config"

/** The signed-in member's co-op, with their own membership. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { vendor_id, member_id, role } = req.vendor_context
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: vendorMeFields,
    filters: { id: vendor_id },
  })
  res.json({ vendor, member: { id: member_id, role } })
}
