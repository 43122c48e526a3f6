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
 * Picks the commission rate for one order line. The co-op's own override,
 * which only a platform admin sets, binds when set. Otherwise the highest of
 * the default and the rules of the line's product categories applies: the
 * co-op files its products under categories, so a cheap category must never
 * lower the platform's cut below the default. Ties go to the default.
 */
export function resolveCommissionRate(input: {
  rules: CommissionRuleLike[]
  vendorRate?: number | null
  categoryIds?: string[]
  fallbackRate: number
}): ResolvedRate {
  if (input.vendorRate !== null && input.vendorRate !== undefined) {
    return { rate: input.vendorRate, scope: "vendor", rule_id: null }
  }
  const defaultRule = input.rules.find((r) => r.scope === "default")
  const fallback: ResolvedRate = defaultRule
    ? { rate: defaultRule.rate, scope: "default", rule_id: defaultRule.id }
    : { rate: input.fallbackRate, scope: "default", rule_id: null }
  const categories = new Set(input.categoryIds ?? [])
  return input.rules
    .filter(
      (r) =>
        r.scope === "category" &&
        !!r.category_id &&
        categories.has(r.category_id)
    )
    .reduce<ResolvedRate>(
      (best, r) =>
        r.rate > best.rate
          ? { rate: r.rate, scope: "category", rule_id: r.id }
          : best,
      fallback
    )
}

/** Commission on an amount at a percent rate, rounded to the fen (0.01). */
export function commissionAmount(base: BigNumberInput, rate: number): number {
  const raw = MathBN.convert(MathBN.div(MathBN.mult(base, rate), 100))
  // bignumber.js rounding mode 4 is ROUND_HALF_UP.
  return raw.decimalPlaces(2, 4).toNumber()
}
