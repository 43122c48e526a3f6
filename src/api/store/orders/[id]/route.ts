import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { pickupViews } from "../pickup-view"

/**
 * Medusa's order detail, plus `pickup` for an order shipped to a pickup
 * point. Who may see the order is decided in ../middlewares.ts; the code
 * and QR payload are shown only to the signed-in customer who owns it,
 * never on a guest order reachable by its id alone.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const fields = req.queryConfig.fields
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: {
      fields: [...new Set([...fields, "metadata", "customer_id"])],
      order_id: req.params.id,
      filters: { is_draft_order: false },
    },
  })
  const order = result as any
  const owner =
    !!order.customer_id &&
    !!req.auth_context?.actor_id &&
    req.auth_context.actor_id === order.customer_id &&
    req.auth_context.actor_type === "customer"
  const views = await pickupViews(req.scope, [order], { reveal_code: owner })
  res
    .status(200)
    .json({ order: { ...order, pickup: views.get(order.id) ?? null } })
}
