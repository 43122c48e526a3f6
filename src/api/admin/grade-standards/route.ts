import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGradeStandardWorkflow } from "../../../workflows/grading"
import { refetchGradeStandard, withSummaries } from "./helpers"
import type {
  AdminCreateGradeStandardType,
  AdminGetGradeStandardsParamsType,
} from "./validators"

/** Standards with their levels, best level first, criteria in plain words. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetGradeStandardsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "grade_standard",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    grade_standards: data.map(withSummaries),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** Creates a standard with its levels. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateGradeStandardType>,
  res: MedusaResponse
) {
  const { result } = await createGradeStandardWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    grade_standard: await refetchGradeStandard(req.scope, result.id),
  })
}
