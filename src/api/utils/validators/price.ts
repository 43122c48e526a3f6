import { z } from "@medusajs/framework/zod"

/** The most a co-op may ask for one unit, in yuan. */
export const MAX_PRICE_YUAN = 1_000_000

/** `variants[0].prices[1].amount` from a zod issue path. */
export function fieldName(path: readonly PropertyKey[] | undefined) {
  return (path ?? [])
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`
    )
    .join("")
}

export type PriceRule = {
  /** The refusal's rule (docs/api.md "Errors"). */
  rule: "price_finite" | "price_positive" | "price_max" | "price_fen"
  values: Record<string, number>
  says: string
  ok: (amount: number) => boolean
}

/**
 * The price rule, in the order it is checked: finite, more than 0, at most
 * ¥1,000,000, at most 2 decimals (whole fen). The size is checked before
 * the decimals, whose `* 100` overflows to NaN on 1e308.
 */
export const PRICE_RULES: PriceRule[] = [
  {
    rule: "price_finite",
    values: {},
    says: "must be a finite number of yuan",
    ok: (amount) => Number.isFinite(amount),
  },
  {
    rule: "price_positive",
    values: { min: 0 },
    says: "must be more than 0 yuan",
    ok: (amount) => amount > 0,
  },
  {
    rule: "price_max",
    values: { max: MAX_PRICE_YUAN },
    says: `must be at most ${MAX_PRICE_YUAN} yuan`,
    ok: (amount) => amount <= MAX_PRICE_YUAN,
  },
  {
    rule: "price_fen",
    values: { decimals: 2 },
    says: "must have at most 2 decimals (whole fen)",
    ok: (amount) => {
      const fen = amount * 100
      return Math.abs(Math.round(fen) - fen) <= 1e-6
    },
  },
]

/** The first part of the price rule `amount` breaks, or null for a valid price. */
export function brokenPriceRule(amount: unknown): PriceRule | null {
  if (typeof amount !== "number") {
    return PRICE_RULES[0]
  }
  return PRICE_RULES.find((r) => !r.ok(amount)) ?? null
}

/** What `amount` breaks of the price rule, in words, or null. */
export function priceRuleBroken(amount: unknown): string | null {
  return brokenPriceRule(amount)?.says ?? null
}

const priceMessage = (
  path: readonly PropertyKey[] | undefined,
  input: unknown
) =>
  `${fieldName(path) || "amount"} ${priceRuleBroken(input)} (got ${typeof input === "number" ? input : JSON.stringify(input)}).`

/**
 * A price in yuan, by the rule of priceRuleBroken. The message names the
 * field by its full path, e.g.
 * `variants[0].prices[0].amount must be at most 1000000 yuan (got 1e+308).`
 */
export const PriceAmount = PRICE_RULES.reduce(
  (schema, r) =>
    schema.refine(r.ok, {
      error: (iss) => priceMessage(iss.path, iss.input),
      params: { rule: r.rule, values: r.values },
      abort: true,
    }),
  z.number({ error: (iss) => priceMessage(iss.path, iss.input) })
)

/**
 * Adds an issue at `path` when `amount` is not a valid price, with
 * PriceAmount's message: for bodies whose schema is Medusa's (the admin
 * product bodies the co-op routes reuse), in their superRefine.
 */
export function refinePriceAmount(
  amount: unknown,
  path: PropertyKey[],
  ctx: z.core.$RefinementCtx
) {
  const broken = brokenPriceRule(amount)
  if (broken) {
    ctx.addIssue({
      code: "custom",
      path,
      message: priceMessage(path, amount),
      params: { rule: broken.rule, values: broken.values },
    })
  }
}

/**
 * The messages of every `amount` in `body` that breaks the price rule, at
 * any depth (`variants[0].prices[1].amount`, `create[0].amount`): for
 * bodies in which every `amount` is a price.
 */
export function badPriceAmounts(
  body: unknown,
  path: PropertyKey[] = []
): string[] {
  if (Array.isArray(body)) {
    return body.flatMap((item, i) => badPriceAmounts(item, [...path, i]))
  }
  if (!body || typeof body !== "object") {
    return []
  }
  return Object.entries(body).flatMap(([key, value]) =>
    key === "amount" && value !== undefined
      ? priceRuleBroken(value) === null
        ? []
        : [priceMessage([...path, key], value)]
      : badPriceAmounts(value, [...path, key])
  )
}
