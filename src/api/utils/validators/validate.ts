import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody as medusaValidateAndTransformBody,
  validateAndTransformQuery as medusaValidateAndTransformQuery,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { RefusalError } from "../../../utils/refusal"
import { zodRefusals } from "./zod-refusals"

type BodySchema = Parameters<typeof medusaValidateAndTransformBody>[0]
type QueryConfig = Parameters<typeof medusaValidateAndTransformQuery>[1]
type Middleware = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => Promise<void> | void

const strict = (schema: z.ZodType) =>
  "strict" in schema && typeof schema.strict === "function"
    ? (schema.strict() as z.ZodType)
    : schema

/**
 * Runs Medusa's validator and, when it refuses, parses the input once more
 * to add the refusals: Medusa's zodValidator keeps only a sentence built
 * from the first three issues. The sentence (`message`) stays Medusa's.
 */
function withRefusals(
  validate: Middleware,
  schemaOf: (req: MedusaRequest) => z.ZodType,
  inputOf: (req: MedusaRequest) => unknown
): Middleware {
  return (req, res, next) =>
    validate(req, res, async (error?: unknown) => {
      if (
        !error ||
        !MedusaError.isMedusaError(error as MedusaError) ||
        (error as MedusaError).type !== MedusaError.Types.INVALID_DATA
      ) {
        return next(error)
      }
      const parsed = await strict(schemaOf(req)).safeParseAsync(inputOf(req))
      if (parsed.success) {
        return next(error)
      }
      next(
        new RefusalError(
          MedusaError.Types.INVALID_DATA,
          (error as MedusaError).message,
          zodRefusals(parsed.error.issues)
        )
      )
    })
}

/**
 * Medusa's `validateAndTransformBody`, whose 400 also lists each issue as a
 * field refusal (`errors: [{ field, rule, values }]`, docs/api.md "Errors").
 * Every route of ours validates its body through this one.
 */
export function validateAndTransformBody(schema: BodySchema): Middleware {
  return withRefusals(
    medusaValidateAndTransformBody(schema) as Middleware,
    (req) =>
      (typeof schema === "function"
        ? schema(req.additionalDataValidator)
        : schema) as z.ZodType,
    (req) => req.body
  )
}

/**
 * Medusa's `validateAndTransformQuery`, whose 400 also lists each issue as
 * a field refusal. Medusa parses a normalized copy of the query (`a.b=`
 * becomes `{ a: { b } }`, one-item lists split on commas), so the second
 * parse may name a field slightly differently; the message is Medusa's.
 */
export function validateAndTransformQuery(
  schema: z.ZodType,
  config: QueryConfig
): Middleware {
  return withRefusals(
    medusaValidateAndTransformQuery(schema as any, config) as Middleware,
    () => schema,
    (req) => req.query
  )
}
