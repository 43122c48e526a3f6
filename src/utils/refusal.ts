import { MedusaError } from "@medusajs/framework/utils"

/** A value a rule names: a bound, the value sent, a code, a list of options. */
export type RefusalValue =
  string | number | boolean | null | (string | number)[]

/**
 * One broken rule, for machines: the request field (a dot path into the
 * body or query, `variants.0.prices.0.amount`), the rule (a stable code,
 * documented in docs/api.md "Errors") and the values the rule names. Clients
 * word it in the user's language; the error's `message` stays English for
 * logs and stock clients.
 */
export type FieldRefusal = {
  field: string
  rule: string
  values: Record<string, RefusalValue>
}

/**
 * A MedusaError that also carries its field refusals. `errors` is an own
 * property, so it survives a workflow's error serialization and reaches
 * the error handler, which answers it as `errors` beside `type` and
 * `message`.
 */
export class RefusalError extends MedusaError {
  errors: FieldRefusal[]

  constructor(type: string, message: string, errors: FieldRefusal[]) {
    super(type, message)
    this.errors = errors
  }
}

/** A 400 `invalid_data` whose refusals name the fields and rules. */
export function invalidFields(
  message: string,
  errors: FieldRefusal[]
): RefusalError {
  return new RefusalError(MedusaError.Types.INVALID_DATA, message, errors)
}

/** A 400 `invalid_data` about one field. */
export function invalidField(
  message: string,
  field: string,
  rule: string,
  values: Record<string, RefusalValue> = {}
): RefusalError {
  return invalidFields(message, [{ field, rule, values }])
}

const isRefusal = (value: unknown): value is FieldRefusal => {
  const r = value as FieldRefusal | null
  return Boolean(
    r &&
    typeof r === "object" &&
    typeof r.field === "string" &&
    typeof r.rule === "string" &&
    r.values &&
    typeof r.values === "object" &&
    !Array.isArray(r.values)
  )
}

/**
 * The field refusals an error carries, whether thrown here or serialized
 * by a workflow into a plain object; [] for any other error.
 */
export function fieldRefusals(error: unknown): FieldRefusal[] {
  const errors = (error as { errors?: unknown } | null)?.errors
  return Array.isArray(errors) && errors.every(isRefusal) ? errors : []
}

/** A refusal with its English sentence, as rule functions return them. */
export type Refusal = FieldRefusal & { message: string }

/**
 * One error for all of `refusals`: their sentences joined, and each
 * refusal; a 400 `invalid_data` unless `type` names another MedusaError
 * type (`not_allowed`, `forbidden`).
 */
export function refuse(
  refusals: Refusal[],
  type: string = MedusaError.Types.INVALID_DATA
): RefusalError {
  return new RefusalError(
    type,
    refusals.map((r) => r.message).join(" "),
    refusals.map(({ field, rule, values }) => ({ field, rule, values }))
  )
}
