import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { removePickupStaffMembershipWorkflow } from "../../../../../../workflows/pickup"
import { retrievePickupStaff } from "../../../helpers"

/** Takes the staff member off a point; their login stays. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await removePickupStaffMembershipWorkflow(req.scope).run({
    input: { staff_id: req.params.id, point_id: req.params.point_id },
  })
  const staff = await retrievePickupStaff(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ pickup_staff: staff })
}
