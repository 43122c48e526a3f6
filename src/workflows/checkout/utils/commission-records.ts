import { MathBN } from "@medusajs/framework/utils"
import {
  commissionAmount,
  type CommissionRuleLike,
  resolveCommissionRate,
} from "../../../modules/marketplace/utils/commission"

export type PlacedOrder = {
  id: string
  currency_code: string
  total: any
  items: { id: string; product_id?: string | null; total: any }[]
}

/**
 * The commission lines (one per order line) and the payout-ledger line for
 * one co-op order. Commission is taken on the lines' totals; shipping goes
 * to the co-op, which delivers.
 */
export function commissionRecords(input: {
  order: PlacedOrder
  vendor: { id: string; commission_rate?: number | null }
  categoriesByProduct: Record<string, string[]>
  rules: CommissionRuleLike[]
  fallbackRate: number
}) {
  const { order, vendor } = input
  const lines = order.items.map((item) => {
    const resolved = resolveCommissionRate({
      rules: input.rules,
      vendorRate: vendor.commission_rate,
      categoryIds: input.categoriesByProduct[item.product_id ?? ""] ?? [],
      fallbackRate: input.fallbackRate,
    })
    return {
      order_id: order.id,
      vendor_id: vendor.id,
      line_item_id: item.id,
      rule_id: resolved.rule_id,
      scope: resolved.scope,
      rate: resolved.rate,
      currency_code: order.currency_code,
      base_amount: MathBN.convert(item.total).toNumber(),
      amount: commissionAmount(item.total, resolved.rate),
    }
  })
  const commission = lines.reduce(
    (sum, l) => MathBN.add(sum, l.amount),
    MathBN.convert(0)
  )
  const gross = MathBN.convert(order.total)
  return {
    lines,
    payout: {
      order_id: order.id,
      vendor_id: vendor.id,
      currency_code: order.currency_code,
      gross: gross.toNumber(),
      commission: commission.toNumber(),
      net: MathBN.sub(gross, commission).toNumber(),
      status: "pending" as const,
    },
  }
}
