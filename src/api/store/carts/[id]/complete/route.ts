import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWithOrderGroupWorkflow } from "../../../../../workflows/checkout"
import { isHiddenFromCaller, retrieveOrderGroup } from "../../helpers"

/**
 * Replaces Medusa's cart completion: one payment, one order per co-op.
 * Answers as Medusa's does, `type: "order"` with the group's first order
 * (the js-sdk and starter storefronts know only "order" and "cart"), plus
 * the whole `order_group`. Completing an already completed cart returns the
 * same group, in full to whoever may read its orders (/store/orders/:id's
 * rule): a guest cart's caller, or the signed-in customer whose account
 * placed it. Anyone else replaying an account's cart learns only the ids.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { result } = await completeCartWithOrderGroupWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  const orderGroup = await retrieveOrderGroup(req.scope, result.order_group_id)
  // The first order placed, so a replay names the same one.
  const orderId = [...orderGroup.orders].sort(
    (a, b) => a.display_id - b.display_id
  )[0].id
  if (await isHiddenFromCaller(req, orderGroup.customer_id)) {
    res.json({
      type: "order",
      order: { id: orderId },
      order_group: { id: orderGroup.id },
    })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { id: orderId },
  })
  res.json({ type: "order", order, order_group: orderGroup })
}
