import type { z } from "@medusajs/framework/zod"
import type { FieldRefusal, RefusalValue } from "../../../utils/refusal"

/** At most this many refusals per answer: enough for any form we serve. */
export const MAX_REFUSALS = 20

/** `variants.0.prices.0.amount` from a zod issue path. */
export const refusalField = (path: readonly PropertyKey[] | undefined) =>
  (path ?? []).map(String).join(".")

const plain = (value: unknown): RefusalValue => {
  if (typeof value === "bigint") return Number(value)
  if (value instanceof Date) return value.toISOString()
  if (
    value === null ||
    ["string", "number", "boolean"].includes(typeof value)
  ) {
    return value as RefusalValue
  }
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === "number" ? v : String(v)))
  }
  return String(value)
}

/**
 * A custom issue may name its rule and values in `params`
 * (`{ rule: "price_max", values: { max: 1000000 } }`, as PriceAmount and
 * WholeQuantity do); otherwise its rule is `custom`.
 */
type RuleParams = { rule?: unknown; values?: Record<string, unknown> }

/** The values a standard zod issue names: its bounds, options or format. */
function issueValues(issue: z.core.$ZodIssue): Record<string, RefusalValue> {
  switch (issue.code) {
    case "too_small":
      return {
        minimum: plain(issue.minimum),
        inclusive: issue.inclusive !== false,
        origin: issue.origin,
      }
    case "too_big":
      return {
        maximum: plain(issue.maximum),
        inclusive: issue.inclusive !== false,
        origin: issue.origin,
      }
    case "invalid_type":
      return { expected: issue.expected }
    case "invalid_value":
      return { options: plain(issue.values) }
    case "invalid_format":
      return { format: issue.format }
    case "not_multiple_of":
      return { divisor: plain(issue.divisor) }
    default:
      return {}
  }
}

/**
 * One refusal per zod issue: the path is the field, the issue code the rule
 * (or a custom issue's own rule), and the bounds or options it names the
 * values. An unknown key gets one refusal per key. The value that was sent
 * is never echoed back (it may be a password).
 */
export function zodRefusals(
  issues: readonly z.core.$ZodIssue[]
): FieldRefusal[] {
  const refusals: FieldRefusal[] = []
  for (const issue of issues) {
    const field = refusalField(issue.path)
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        refusals.push({
          field: field ? `${field}.${key}` : key,
          rule: "unrecognized_key",
          values: {},
        })
      }
    } else if (issue.code === "custom") {
      const params = (issue.params ?? {}) as RuleParams
      const values: Record<string, RefusalValue> = {}
      for (const [key, value] of Object.entries(params.values ?? {})) {
        values[key] = plain(value)
      }
      refusals.push({
        field,
        rule: typeof params.rule === "string" ? params.rule : "custom",
        values,
      })
    } else {
      refusals.push({ field, rule: issue.code, values: issueValues(issue) })
    }
  }
  return refusals.slice(0, MAX_REFUSALS)
}
