/**
 * One broken rule as the backend names it for machines (docs/api.md
 * "Errors"): the request field as a dot path, the rule, and the values the
 * rule names. The storefront words it in the reader's language.
 */
export type FieldRefusal = {
  field: string
  rule: string
  values: Record<string, unknown>
}

/**
 * A refusal from the backend with its machine-readable parts. The js-sdk's
 * FetchError keeps only `message` and `status`, so the console's changes go
 * through `sendToBackend`, which throws this.
 */
export class ApiError extends Error {
  status: number
  type?: string
  errors: FieldRefusal[]

  constructor(
    message: string,
    status: number,
    type?: string,
    errors: FieldRefusal[] = []
  ) {
    super(message)
    this.status = status
    this.type = type
    this.errors = errors
  }
}

const isRefusal = (value: unknown): value is FieldRefusal => {
  const r = value as FieldRefusal | null
  return Boolean(
    r &&
    typeof r.field === "string" &&
    typeof r.rule === "string" &&
    r.values &&
    typeof r.values === "object"
  )
}

/** The field refusals of an error body or ApiError; [] for anything else. */
export function refusalsOf(error: unknown): FieldRefusal[] {
  const errors = (error as { errors?: unknown } | null)?.errors
  return Array.isArray(errors) ? errors.filter(isRefusal) : []
}

/**
 * One place that turns whatever the SDK threw into a sentence for the
 * shopper. Medusa answers `{ type, message }`; the js-sdk throws a
 * FetchError with `message` and `status`.
 */
export function medusaErrorMessage(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; status?: unknown }
    if (typeof e.message === "string" && e.message.trim()) {
      return e.message.trim()
    }
  }
  if (typeof error === "string" && error.trim()) {
    return error.trim()
  }
  return "Something went wrong. 出错了，请稍后再试。"
}

export function isNotFound(error: unknown): boolean {
  return Boolean(
    error &&
    typeof error === "object" &&
    (error as { status?: number }).status === 404
  )
}
