import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PickupRequest } from "../auth"

/** The signed-in staff member and the points they work at. */
export async function GET(req: PickupRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [staff],
  } = await query.graph({
    entity: "pickup_staff",
    fields: [
      "id",
      "email",
      "name",
      "phone",
      "memberships.id",
      "memberships.role",
      "memberships.point.id",
      "memberships.point.handle",
      "memberships.point.name_zh",
      "memberships.point.name_en",
      "memberships.point.type",
      "memberships.point.address_zh",
      "memberships.point.status",
    ],
    filters: { id: req.pickup_context.staff_id },
  })
  res.json({ staff })
}
