import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export type PickupContext = {
  staff_id: string
  /** The points the staff member works at; every /pickup read and action is scoped to them. */
  point_ids: string[]
  roles: Record<string, "staff" | "manager">
}

export type PickupRequest<
  Body = unknown,
  Query = Record<string, unknown>,
> = AuthenticatedMedusaRequest<Body, Query> & { pickup_context: PickupContext }

/**
 * Resolves the signed-in pickup staff member (actor `pickup`, whose login's
 * `app_metadata.pickup_id` is the staff id) to the points they work at.
 */
export async function loadPickupContext(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const staffId = req.auth_context?.actor_id
  if (!staffId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This login is not pickup-point staff; ask the platform to add you (POST /admin/pickup-staff)."
    )
  }
  const pickup = req.scope.resolve<PickupModuleService>(PICKUP_MODULE)
  const [staff] = await pickup.listPickupStaffs(
    { id: staffId },
    { relations: ["memberships"] }
  )
  if (!staff) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      `Pickup staff "${staffId}" no longer exists.`
    )
  }
  const memberships = staff.memberships ?? []
  ;(req as PickupRequest).pickup_context = {
    staff_id: staff.id,
    point_ids: memberships.map((m) => m.point_id),
    roles: Object.fromEntries(memberships.map((m) => [m.point_id, m.role])),
  }
  next()
}

/**
 * Signed-in pickup staff with their points. Add it per route with explicit
 * `methods` (a matcher without methods matches as a prefix).
 */
export const pickupAuth = [
  authenticate("pickup", ["session", "bearer"]),
  loadPickupContext,
]
