import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPickupStaffWorkflow } from "../../../workflows/pickup"
import { retrievePickupStaff } from "./helpers"
import type {
  AdminCreatePickupStaffType,
  AdminGetPickupStaffParamsType,
} from "./validators"

/** Pickup-point staff, optionally of one point or by email. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPickupStaffParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { email, point_id } = req.validatedQuery
  let ids: string[] | undefined
  if (point_id) {
    const { data: memberships } = await query.graph({
      entity: "pickup_staff_membership",
      fields: ["staff_id"],
      filters: { point_id },
    })
    ids = memberships.map((m: { staff_id: string }) => m.staff_id)
  }
  const { data: staff, metadata } = await query.graph({
    entity: "pickup_staff",
    fields: req.queryConfig.fields,
    filters: {
      ...(ids ? { id: ids } : {}),
      ...(email ? { email } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    pickup_staff: staff,
    count: metadata?.count ?? staff.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? staff.length,
  })
}

/**
 * Creates a staff member with their points and a login for the pickup
 * console (`/auth/pickup/emailpass`). `password` is needed only when the
 * email has no login yet.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePickupStaffType>,
  res: MedusaResponse
) {
  const { result } = await createPickupStaffWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const staff = await retrievePickupStaff(
    req.scope,
    result.id,
    req.queryConfig.fields
  )
  res.status(201).json({ pickup_staff: staff })
}
