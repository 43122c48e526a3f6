import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteCommissionRuleWorkflow,
  updateCommissionRuleWorkflow,
} from "../../../../workflows/commissions"
import { refetchCommissionRule } from "../helpers"
import type { AdminUpdateCommissionRuleType } from "../validators"

/** Changes a rule's rate; placed orders keep the rate they were charged. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleType>,
  res: MedusaResponse
) {
  await updateCommissionRuleWorkflow(req.scope).run({
    input: { id: req.params.id, rate: req.validatedBody.rate },
  })
  res.json({
    commission_rule: await refetchCommissionRule(req.scope, req.params.id),
  })
}

/** Deletes a rule. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deleteCommissionRuleWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
