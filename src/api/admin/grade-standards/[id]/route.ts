import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteGradeStandardWorkflow,
  updateGradeStandardWorkflow,
} from "../../../../workflows/grading"
import { refetchGradeStandard } from "../helpers"
import type { AdminUpdateGradeStandardType } from "../validators"

/** One standard with its levels. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({
    grade_standard: await refetchGradeStandard(
      req.scope,
      req.params.id,
      req.queryConfig.fields
    ),
  })
}

/**
 * Corrects a standard; new levels replace the old ones only while no
 * variant is graded under them.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateGradeStandardType>,
  res: MedusaResponse
) {
  const { levels, ...update } = req.validatedBody
  await updateGradeStandardWorkflow(req.scope).run({
    input: { id: req.params.id, update, levels },
  })
  res.json({
    grade_standard: await refetchGradeStandard(req.scope, req.params.id),
  })
}

/** Deletes a standard no variant is graded under. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deleteGradeStandardWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "grade_standard", deleted: true })
}
