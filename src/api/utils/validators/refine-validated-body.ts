import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { RefusalError } from "../../../utils/refusal"
import { zodRefusals } from "./zod-refusals"

/**
 * A middleware holding a body Medusa already validated to rules of ours
 * too, without replacing its schema: registered on the same path as a core
 * route, it runs after Medusa's validator (core middlewares go first), and
 * refuses with a 400 listing the issues' messages, and each issue as a
 * field refusal.
 */
export function refineValidatedBody(schema: z.ZodType) {
  return (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const result = schema.safeParse(req.validatedBody)
    if (result.success) {
      return next()
    }
    const messages = result.error.issues.slice(0, 3).map((i) => i.message)
    next(
      new RefusalError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: ${messages.join("; ")}`,
        zodRefusals(result.error.issues)
      )
    )
  }
}
