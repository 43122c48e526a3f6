import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { validateAndTransformQuery } from "./validators/validate"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The query config of a non-admin read route. `defaults` are what it
 * answers without `fields=`; `extra` are further fields a client may ask
 * for. Nothing else may be asked for: `fields=` on a console or store route
 * must never walk the graph into another tenant's records.
 */
export type ScopedQueryConfig = {
  defaults: readonly string[]
  extra?: readonly string[]
  disallowed?: string[]
  isList: boolean
}

/** `*rel` and `rel.*` select a relation in full; Medusa checks `rel`. */
function normalizeField(field: string) {
  return field.replace(/^[+ \t-]+/, "").replace(/(^\*|\.\*$)/, "")
}

/** The allowed list Medusa's field filter checks, in its parsed form. */
export function allowedFields(config: ScopedQueryConfig): string[] {
  return [...new Set(["id", ...config.defaults, ...(config.extra ?? [])])].map(
    normalizeField
  )
}

/**
 * The fields of a `fields=` value that the allowed list does not hold.
 * Removals (`-field`) never widen a response, so they are not checked.
 */
export function fieldsOutsideList(
  fields: string,
  allowed: readonly string[]
): string[] {
  const permitted = new Set(allowed)
  return fields
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f && !f.startsWith("-"))
    .map(normalizeField)
    .filter((f) => !permitted.has(f))
}

/**
 * `validateAndTransformQuery` with an allowed list that is never optional.
 * Medusa strips fields outside the list silently; this answers 400 naming
 * them, so a client learns at once that it asked for something it may not
 * read.
 */
export function scopedQuery(schema: z.ZodType, config: ScopedQueryConfig) {
  const allowed = allowedFields(config)
  const validate = validateAndTransformQuery(schema as any, {
    defaults: [...config.defaults],
    allowed,
    disallowed: config.disallowed,
    isList: config.isList,
  })
  return function validateScopedQuery(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const fields = req.query.fields
    if (fields !== undefined) {
      if (typeof fields !== "string") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "fields must be one comma-separated string."
        )
      }
      const refused = fieldsOutsideList(fields, allowed)
      if (refused.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `fields: ${refused
            .slice(0, 5)
            .map((f) => `"${f}"`)
            .join(
              ", "
            )} cannot be read on this route; allowed fields: ${allowed.join(", ")}.`
        )
      }
    }
    return validate(req, res, next)
  }
}
