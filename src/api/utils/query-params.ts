import { z } from "@medusajs/framework/zod"

/** The most rows one page of any list route returns. */
export const MAX_PAGE_SIZE = 100

/** The longest `fields=` a client may send; real clients send a few hundred. */
const MAX_FIELDS_LENGTH = 2000

const WHOLE_NUMBER = /^\d+$/

/**
 * A query number that is a whole number as written: "20" is 20, but " ",
 * "1.5", "-1", "0x1D" and "1e3" are refused rather than coerced, because a
 * coerced guess is how a bad request ends up a 500 or a surprise.
 */
export function wholeNumber(field: string, min: number, max: number) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && WHOLE_NUMBER.test(value)
        ? Number(value)
        : value,
    z
      .number({ message: `${field} must be a whole number written in digits` })
      .int(`${field} must be a whole number`)
      .min(min, `${field} must be at least ${min}`)
      .max(max, `${field} must be at most ${max}`)
  )
}

const DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * A query number written in plain decimal ("29.55", "-1"): a blank, "0x1D"
 * or "1e3" is refused instead of being read as 0, 29 or 1000.
 */
export function decimalNumber(field: string, min: number, max: number) {
  const range = `between ${min} and ${max}`
  return z.preprocess(
    (value) =>
      typeof value === "string" && DECIMAL.test(value.trim())
        ? Number(value)
        : value,
    z
      .number({ message: `${field} must be a decimal number ${range}` })
      .min(min, `${field} must be ${range}`)
      .max(max, `${field} must be ${range}`)
  )
}

export const pageLimit = (defaultLimit: number) =>
  wholeNumber("limit", 1, MAX_PAGE_SIZE).optional().default(defaultLimit)

export const pageOffset = () =>
  wholeNumber("offset", 0, Number.MAX_SAFE_INTEGER).optional().default(0)

/** `fields=`: checked against the route's allowed list by `scopedQuery`. */
export const fieldsParam = () =>
  z.string().max(MAX_FIELDS_LENGTH, "fields is too long").optional()

/**
 * `order`: one of the route's sortable fields, optionally prefixed with "-"
 * for descending.
 */
export function orderParam(orderable: readonly string[], fallback?: string) {
  const values = orderable.flatMap((f) => [f, `-${f}`])
  const schema = z.enum(values as [string, ...string[]], {
    message: `order must be one of ${values.join(", ")}`,
  })
  return fallback ? schema.optional().default(fallback) : schema.optional()
}

/**
 * Params of a single-record read route: only `fields`.
 */
export const selectParams = () => z.object({ fields: fieldsParam() })

/**
 * Params of a list route: `fields`, `limit` (1–100), `offset` (≥ 0) and
 * `order` (one of `orderable`, "-" for descending). Every non-admin list
 * route builds on this, so the paging bounds are the same everywhere.
 */
export function findParams(options: {
  limit?: number
  orderable?: readonly string[]
  order?: string
}) {
  return z.object({
    fields: fieldsParam(),
    limit: pageLimit(options.limit ?? 20),
    offset: pageOffset(),
    order: orderParam(options.orderable ?? ["created_at"], options.order),
  })
}
