import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { pickupViews } from "./pickup-view"

/**
 * Medusa's list of the signed-in customer's orders, each with `pickup`
 * (point, parcel status, deadline, code) when shipped to a pickup point.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { result } = await getOrdersListWorkflow(req.scope).run({
    input: {
      fields: [...new Set([...req.queryConfig.fields, "metadata"])],
      variables: {
        filters: {
          ...req.filterableFields,
          is_draft_order: false,
          customer_id: req.auth_context.actor_id,
        },
        ...req.queryConfig.pagination,
      },
    },
  })
  const { rows, metadata } = result as any
  const views = await pickupViews(req.scope, rows, { reveal_code: true })
  res.json({
    orders: rows.map((o: any) => ({ ...o, pickup: views.get(o.id) ?? null })),
    count: metadata.count,
    offset: metadata.skip,
    limit: metadata.take,
  })
}
