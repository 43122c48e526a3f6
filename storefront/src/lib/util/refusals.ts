import type { FieldRefusal } from "./medusa-error"
import { withUnit } from "./metrics"

/** A lookup in the whole message catalogue, by dotted key. */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string
  has(key: string): boolean
}

/**
 * A Translate over a loaded catalogue. The refusal messages use plain
 * `{name}` placeholders only (no plurals or selects), so a substitution is
 * all the formatting they need, and it runs anywhere (server action or
 * test) without next-intl's React entry points.
 */
export function catalogueTranslator(
  messages: Record<string, unknown>
): Translate {
  const lookup = (key: string) =>
    key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        messages
      )
  const t = ((key: string, values: Record<string, string | number> = {}) => {
    const message = lookup(key)
    if (typeof message !== "string") return key
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole
    )
  }) as Translate
  t.has = (key) => typeof lookup(key) === "string"
  return t
}

const text = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : ""

/**
 * The name a refusal gives its metric: the grading data's own (`metric_zh`
 * / `metric_en`, the names the grade form shows), else the shop's metric
 * messages, else the code.
 */
function metricName(
  values: Record<string, unknown>,
  t: Translate,
  locale: string
) {
  const own = text(locale === "en" ? values.metric_en : values.metric_zh)
  const code = text(values.metric)
  if (own) return own
  return code && t.has(`metric.${code}`) ? t(`metric.${code}`) : code
}

/**
 * A refusal in the reader's language, from the `coopRefusals` messages.
 * The most specific message wins: `<rule>_<origin|format|type>` (e.g.
 * `too_small_string`, `certificate_number_organic`), then
 * `<rule>_<last field segment>` (`taken_handle`), then `<rule>`, then a
 * general "check this field".
 */
export function describeRefusal(
  refusal: FieldRefusal,
  t: Translate,
  locale: string
): string {
  const v = refusal.values ?? {}
  const unit = text(v.unit)
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(v)) {
    if (typeof value === "string" || typeof value === "number") {
      params[key] = value
    } else if (Array.isArray(value)) {
      params[key] = value.join(locale === "en" ? ", " : "、")
    }
  }
  Object.assign(params, {
    field: refusal.field,
    metric: metricName(v, t, locale),
    level: text(locale === "en" ? v.level_en : v.level_zh) || text(v.level),
    brand: text(locale === "en" ? v.brand : v.brand_zh) || text(v.brand),
  })
  for (const bound of ["value", "min", "max"]) {
    if (typeof v[bound] === "number") {
      params[bound] = withUnit(v[bound], unit, locale)
    }
  }
  const last = refusal.field.split(".").pop() ?? ""
  const keys = [
    ...[v.origin, v.format, v.type]
      .filter((x) => typeof x === "string")
      .map((x) => `${refusal.rule}_${x}`),
    `${refusal.rule}_${last}`,
    refusal.rule,
  ]
  const key = keys.find((k) => t.has(`coopRefusals.${k}`))
  const sentence = t(`coopRefusals.${key ?? "unknown"}`, params)
  // English names from the grading data are lower case mid-sentence.
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

/**
 * Each refusal worded, at the form field `fieldOf` puts it (several at one
 * field are joined), or in `rest` when it belongs to no field of the form.
 */
export function refusalsByField(
  refusals: FieldRefusal[],
  fieldOf: (refusal: FieldRefusal) => string | null,
  t: Translate,
  locale: string
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {}
  const rest: string[] = []
  for (const refusal of refusals) {
    const sentence = describeRefusal(refusal, t, locale)
    const field = fieldOf(refusal)
    if (!field) {
      rest.push(sentence)
    } else {
      fields[field] = fields[field] ? `${fields[field]} ${sentence}` : sentence
    }
  }
  return { fields, rest }
}
