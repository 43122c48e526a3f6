import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeCartWithOrderGroupWorkflow } from "../../../../../workflows/checkout"
import { retrieveOrderGroup } from "../../helpers"

/**
 * Replaces Medusa's cart completion: one payment, one order per co-op.
 * Completing an already completed cart returns the same group.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await completeCartWithOrderGroupWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  const orderGroup = await retrieveOrderGroup(req.scope, result.order_group_id)
  res.json({ type: "order_group", order_group: orderGroup })
}
