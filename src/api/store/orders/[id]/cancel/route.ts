import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelCustomerOrderWorkflow } from "../../../../../workflows/customers"
import type { StoreCancelOrderType } from "../../validators"

/**
 * The signed-in customer cancels their order until its co-op fulfils it;
 * answers the order's id, status and display id.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCancelOrderType>,
  res: MedusaResponse
) {
  await cancelCustomerOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status"],
    filters: { id: req.params.id },
  })
  res.json({ order })
}
