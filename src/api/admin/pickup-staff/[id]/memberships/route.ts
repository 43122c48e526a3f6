import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addPickupStaffMembershipWorkflow } from "../../../../../workflows/pickup"
import { retrievePickupStaff } from "../../helpers"
import type { AdminAddPickupStaffMembershipType } from "../../validators"

/** Lets the staff member work at one more point. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAddPickupStaffMembershipType>,
  res: MedusaResponse
) {
  await addPickupStaffMembershipWorkflow(req.scope).run({
    input: { staff_id: req.params.id, ...req.validatedBody },
  })
  const staff = await retrievePickupStaff(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.status(201).json({ pickup_staff: staff })
}
