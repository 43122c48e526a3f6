import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { MAX_PRICE_YUAN, priceRuleBroken } from "../../utils/validators/price"

type Body = {
  variant_id?: string
  quantity?: number
  items?: { variant_id: string }[] | null
}

/**
 * Refuses a cart change that would price a line from a variant whose stored
 * price breaks the price rule (one written before the rule, or past the
 * routes): the cart's `unit_price >= 0` check would otherwise fail the
 * whole request with a 500, and a positive but absurd price would be
 * charged. Covers creating a cart with items, adding a line and changing a
 * line's quantity (which re-prices it); removing a line stays allowed, so a
 * shopper can clear it.
 */
export async function refuseUnpricedVariants(
  req: MedusaRequest<Body>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const refused = await unpricedVariants(req)
    if (!refused.length) {
      return next()
    }
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${refused.join("; ")}: its price breaks the price rule (more than 0, at most ${MAX_PRICE_YUAN} yuan, whole fen), so it cannot be bought until its co-op corrects it.`
      )
    )
  } catch (error) {
    next(error)
  }
}

/** The variants the change would price, as "Variant … is priced -10 yuan". */
async function unpricedVariants(req: MedusaRequest<Body>): Promise<string[]> {
  const body = req.validatedBody ?? {}
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set<string>()
  body.items?.forEach((item) => ids.add(item.variant_id))
  if (body.variant_id) {
    ids.add(body.variant_id)
  }
  if (req.params.line_id && body.quantity !== 0) {
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["items.id", "items.variant_id"],
      filters: { id: req.params.id },
    })
    const line = carts[0]?.items?.find((i: any) => i?.id === req.params.line_id)
    if (line?.variant_id) {
      ids.add(line.variant_id)
    }
  }
  if (!ids.size) {
    return []
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "prices.amount"],
    filters: { id: [...ids] },
  })
  return variants.flatMap((v: any) => {
    const amount = (v.prices ?? [])
      .map((p: any) => Number(p?.amount))
      .find((a: number) => priceRuleBroken(a) !== null)
    return amount === undefined
      ? []
      : [
          `Variant "${v.product?.title ?? ""} ${v.title}" (${v.id}) is priced ${amount} yuan`,
        ]
  })
}
