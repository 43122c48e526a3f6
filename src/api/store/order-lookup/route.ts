import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { pickupViews } from "../orders/pickup-view"
import { orderLookupFields } from "./query-config"
import type { StoreLookupOrderType } from "./validators"
import { orderLookupView, phoneTailMatches } from "./view"

/**
 * A guest's way back to their order: the order number plus the last 4
 * digits of the phone it was placed with answer the order's status, lines
 * and pickup (the code and QR once the parcel is at the point). An unknown
 * number and a wrong tail answer the same 404, which middlewares.ts counts
 * against the number and the caller's IP.
 */
export async function POST(
  req: MedusaRequest<StoreLookupOrderType>,
  res: MedusaResponse
) {
  const { display_id, phone_last4 } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: orderLookupFields,
    // Medusa's generated query types call display_id a string; it is a number.
    filters: { display_id, is_draft_order: false } as Record<string, unknown>,
  })
  if (!order || !phoneTailMatches(order as any, phone_last4)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No order #${display_id} was placed with a phone ending in ${phone_last4}.`
    )
  }
  const views = await pickupViews(req.scope, [order as any], {
    reveal_code: true,
  })
  res.json({
    order: orderLookupView(order as any, views.get(order.id) ?? null),
  })
}
