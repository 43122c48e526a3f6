import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { supersedeGradeStandardWorkflow } from "../../../../../workflows/grading"
import { refetchGradeStandard } from "../../helpers"
import type { AdminSupersedeGradeStandardType } from "../../validators"

/**
 * Publishes a new version of the standard; the old one stays, marked
 * superseded, with its levels and the grades given under them.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSupersedeGradeStandardType>,
  res: MedusaResponse
) {
  const { result } = await supersedeGradeStandardWorkflow(req.scope).run({
    input: { id: req.params.id, standard: req.validatedBody },
  })
  res.json({
    grade_standard: await refetchGradeStandard(req.scope, result.id),
    superseded: await refetchGradeStandard(req.scope, req.params.id),
  })
}
