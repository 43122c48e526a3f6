import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommissionRuleWorkflow } from "../../../workflows/commissions"
import { refetchCommissionRule, withCategories } from "./helpers"
import type {
  AdminCreateCommissionRuleType,
  AdminGetCommissionRulesParamsType,
} from "./validators"

/** The default rule and the per-category rules, with their categories. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetCommissionRulesParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    commission_rules: await withCategories(req.scope, data),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** Creates the default rule or a category's rule. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>,
  res: MedusaResponse
) {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    commission_rule: await refetchCommissionRule(req.scope, result.id),
  })
}
