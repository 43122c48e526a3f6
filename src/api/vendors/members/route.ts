import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteVendorMemberWorkflow } from "../../../workflows/marketplace"
import type { VendorRequest } from "../../utils/vendor-context"
import { vendorMemberFields } from "./query-config"
import type {
  VendorGetMembersParamsType,
  VendorInviteMemberType,
} from "./validators"

/** The members of the caller's co-op, invited and active. */
export async function GET(
  req: VendorRequest<unknown, VendorGetMembersParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { role, status } = req.validatedQuery
  const { data: members, metadata } = await query.graph({
    entity: "vendor_member",
    fields: req.queryConfig.fields,
    filters: {
      vendor_id: req.vendor_context.vendor_id,
      ...(role ? { role } : {}),
      ...(status ? { status } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    members,
    count: metadata?.count ?? members.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? members.length,
  })
}

/** Invites a manager or staff member to the caller's co-op (owners only). */
export async function POST(
  req: VendorRequest<VendorInviteMemberType>,
  res: MedusaResponse
) {
  const { result } = await inviteVendorMemberWorkflow(req.scope).run({
    input: { ...req.validatedBody, vendor_id: req.vendor_context.vendor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: vendorMemberFields,
    filters: { id: result.id },
  })
  res.status(201).json({ member })
}
