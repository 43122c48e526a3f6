import type { MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  removeVendorMemberWorkflow,
  updateVendorMemberWorkflow,
} from "../../../../workflows/marketplace"
import type { VendorRequest } from "../../../utils/vendor-context"
import { vendorMemberFields } from "../query-config"
import type { VendorUpdateMemberType } from "../validators"

async function refetchMember(req: VendorRequest, fields: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields,
    filters: { id: req.params.id, vendor_id: req.vendor_context.vendor_id },
  })
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op member "${req.params.id}" was not found.`
    )
  }
  return member
}

/** One member of the caller's co-op. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ member: await refetchMember(req, req.queryConfig.fields) })
}

/** Changes a member's role (owners only). */
export async function POST(
  req: VendorRequest<VendorUpdateMemberType>,
  res: MedusaResponse
) {
  await updateVendorMemberWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      member_id: req.params.id,
      role: req.validatedBody.role,
    },
  })
  res.json({ member: await refetchMember(req, vendorMemberFields) })
}

/** Removes a member from the caller's co-op (owners only). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { result } = await removeVendorMemberWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      member_id: req.params.id,
    },
  })
  res.json({ id: result.id, object: "vendor_member", deleted: true })
}
