import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

export type CommissionScope = "default" | "vendor" | "category"

export type CommissionRuleLike = {
  id: string
  scope: "default" | "category"
  category_id?: string | null
  rate: number
}

export type ResolvedRate = {
  rate: number
  scope: CommissionScope
  rule_id: string | null
}

/**
 * Picks the commission rate for one order line. The most specific rule wins:
 * the highest rate among the line's product categories that have a rule,
 * then the co-op's own override, then the platform default.
 */
export function resolveCommissionRate(input: {
  rules: CommissionRuleLike[]
  vendorRate?: number | null
  categoryIds?: string[]
  fallbackRate: number
}): ResolvedRate {
  const categories = new Set(input.categoryIds ?? [])
  const categoryRules = input.rules.filter(
    (r) =>
      r.scope === "category" && r.category_id && categories.has(r.category_id)
  )
  if (categoryRules.length) {
    // A product in two categories with different rates pays the higher one,
    // so moving a product between categories cannot lower the platform's cut.
    const rule = categoryRules.reduce((a, b) => (b.rate > a.rate ? b : a))
    return { rate: rule.rate, scope: "category", rule_id: rule.id }
  }
  if (input.vendorRate !== null && input.vendorRate !== undefined) {
    return { rate: input.vendorRate, scope: "vendor", rule_id: null }
  }
  const fallback = input.rules.find((r) => r.scope === "default")
  return fallback
    ? { rate: fallback.rate, scope: "default", rule_id: fallback.id }
    : { rate: input.fallbackRate, scope: "default", rule_id: null }
}

/** Commission on an amount at a percent rate, rounded to the fen (0.01). */
export function commissionAmount(base: BigNumberInput, rate: number): number {
  const raw = MathBN.convert(MathBN.div(MathBN.mult(base, rate), 100))
  // bignumber.js rounding mode 4 is ROUND_HALF_UP.
  return raw.decimalPlaces(2, 4).toNumber()
}
