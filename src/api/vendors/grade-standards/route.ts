import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type Criterion,
  describeLevel,
  type GradeLevelDefinition,
} from "../../../modules/grading/utils/criteria"
import { isMetric, METRICS } from "../../../modules/grading/utils/metrics"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorGetGradeStandardsParamsType } from "./validators"

/** A level best first, its criteria in words and each metric named. */
function forConsole(level: GradeLevelDefinition & { id: string }) {
  return {
    ...level,
    summary_zh: describeLevel(level, "zh"),
    summary_en: describeLevel(level, "en"),
    criteria: (level.criteria ?? []).map((c: Criterion) => ({
      ...c,
      name_zh: isMetric(c.metric) ? METRICS[c.metric].zh : c.metric,
      name_en: isMetric(c.metric) ? METRICS[c.metric].en : c.metric,
    })),
  }
}

/**
 * The active grading standards with their levels (best first) and the
 * criteria each level needs measured, so the console can ask for them.
 * Superseded standards are left out: grades cannot be declared against them.
 */
export async function GET(
  req: VendorRequest<unknown, VendorGetGradeStandardsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { product_kind } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "grade_standard",
    fields: req.queryConfig.fields,
    filters: { status: "active", ...(product_kind ? { product_kind } : {}) },
    pagination: req.queryConfig.pagination,
  })
  const grade_standards = data.map((standard: any) => ({
    ...standard,
    levels: [...(standard.levels ?? [])]
      .sort((a, b) => a.rank - b.rank)
      .map(forConsole),
  }))
  res.json({
    grade_standards,
    count: metadata?.count ?? grade_standards.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? grade_standards.length,
  })
}
