import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordPayoutWorkflow } from "../../../workflows/payouts"
import { withVendorNames } from "./helpers"
import { adminPayoutFields } from "./query-config"
import type {
  AdminCreatePayoutType,
  AdminGetPayoutsParamsType,
} from "./validators"

/** Recorded payouts, newest first, with the lines each settled. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    payouts: await withVendorNames(req.scope, data),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/**
 * Records a transfer already made to a co-op and marks the payable lines it
 * settles as paid. No money moves through a payment service here: the ledger
 * is the source of truth.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePayoutType>,
  res: MedusaResponse
) {
  const { result } = await recordPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payout",
    fields: adminPayoutFields,
    filters: { id: result.id },
  })
  const [payout] = await withVendorNames(req.scope, data)
  res.json({ payout })
}
