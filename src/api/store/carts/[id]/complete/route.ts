import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { completeCartWithOrderGroupWorkflow } from "../../../../../workflows/checkout"
import { isHiddenFromCaller, retrieveOrderGroup } from "../../helpers"

/**
 * Replaces Medusa's cart completion: one payment, one order per co-op.
 * Completing an already completed cart returns the same group, in full to
 * whoever may read its orders (/store/orders/:id's rule): a guest cart's
 * caller, or the signed-in customer whose account placed it. Anyone else
 * replaying an account's cart learns only the group's id.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { result } = await completeCartWithOrderGroupWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  const orderGroup = await retrieveOrderGroup(req.scope, result.order_group_id)
  if (await isHiddenFromCaller(req, orderGroup.customer_id)) {
    res.json({ type: "order_group", order_group: { id: orderGroup.id } })
    return
  }
  res.json({ type: "order_group", order_group: orderGroup })
}
