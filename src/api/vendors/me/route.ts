import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateVendorWorkflow } from "../../../workflows/marketplace"
import type { VendorRequest } from "../../utils/vendor-context"
import { vendorMeFields } from "../query-config"
import type { VendorUpdateMeType } from "../validators"

async function fetchOwnVendor(req: VendorRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: vendorMeFields,
    filters: { id: req.vendor_context.vendor_id },
  })
  return vendor
}

/** The signed-in member's co-op, with their own membership. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { member_id, role } = req.vendor_context
  res.json({
    vendor: await fetchOwnVendor(req),
    member: { id: member_id, role },
  })
}

/** Updates the co-op's own profile (owners and managers). */
export async function POST(
  req: VendorRequest<VendorUpdateMeType>,
  res: MedusaResponse
) {
  await updateVendorWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      update: req.validatedBody,
    },
  })
  const { member_id, role } = req.vendor_context
  res.json({
    vendor: await fetchOwnVendor(req),
    member: { id: member_id, role },
  })
}
