import {
  errorHandler,
  getHttpResponseFromError,
  type MedusaErrorHandlerFunction,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { fieldRefusals, type FieldRefusal } from "../utils/refusal"
import {
  BUSY_ERROR_CODE,
  isLockFailure,
  lockFailureKey,
} from "../workflows/checkout/utils/locking"

export const CART_BUSY_MESSAGE =
  "购物车正被另一个请求修改，请重试 / This cart is being changed by another request; try again."

export const BUSY_MESSAGE =
  "数据正被另一个请求修改，请重试 / Another request is changing the same data right now; try again."

export type ConflictResponse = {
  status: 409
  body: { type: "conflict"; code: "invalid_state_error"; message: string }
}

function conflict(message: string): ConflictResponse {
  return {
    status: 409,
    body: { type: "conflict", code: "invalid_state_error", message },
  }
}

/**
 * The 409 an error should get, or null to leave it to Medusa's handler.
 *
 * - A lock that could not be acquired is a plain `Error` from the
 *   in-memory locking provider (Medusa would answer 500) and a `conflict`
 *   from the Redis one (answered 409 with a message about an
 *   Idempotency-Key we do not use). Either way the request lost a race and
 *   may simply be retried, so it gets a 409 that says so; a cart's lock
 *   (Medusa's cart workflows and our completion lock on the cart id) says
 *   it is the cart.
 *   Redis's "Lost the lock" (a lease that lapsed under a running job) is
 *   answered the same way.
 * - Our own "busy, try again" conflicts (`BUSY_ERROR_CODE`, from
 *   `withCheckoutLock`) keep their message, which names what was busy;
 *   Medusa's handler would replace it.
 *
 * Anything else, Medusa's own conflicts included, is left to Medusa.
 */
export function conflictResponse(error: unknown): ConflictResponse | null {
  // Workflow errors reach us serialized: plain objects with the fields.
  const err = (error ?? {}) as {
    type?: unknown
    code?: unknown
    message?: unknown
  }
  const message = typeof err.message === "string" ? err.message : ""
  if (isLockFailure(error) || /^Lost the lock/.test(message)) {
    const key = lockFailureKey(error)
    return conflict(key?.startsWith("cart_") ? CART_BUSY_MESSAGE : BUSY_MESSAGE)
  }
  if (
    err.type === MedusaError.Types.CONFLICT &&
    err.code === BUSY_ERROR_CODE &&
    message
  ) {
    return conflict(message)
  }
  return null
}

export type RefusalResponse = {
  status: number
  body: {
    type: string
    message: string
    code: string
    errors: FieldRefusal[]
  }
}

/**
 * Medusa's answer to an error that carries field refusals (a `RefusalError`,
 * thrown here or serialized by a workflow), with the refusals added as
 * `errors` and `code: "invalid_request_error"`; null for any other error,
 * and for one Medusa would answer with a 5xx (its message is hidden then).
 */
export function refusalResponse(error: unknown): RefusalResponse | null {
  const errors = fieldRefusals(error)
  if (!errors.length) {
    return null
  }
  const { statusCode, body } = getHttpResponseFromError(error)
  if (statusCode >= 500) {
    return null
  }
  return {
    status: statusCode,
    body: {
      type: body.type ?? MedusaError.Types.INVALID_DATA,
      message: body.message ?? "",
      code: body.code ?? "invalid_request_error",
      errors,
    },
  }
}

/**
 * Medusa's error handler, except that:
 * - a request which lost a race for a lock gets a 409 naming what was busy
 *   instead of a 500 (see `conflictResponse`);
 * - a refusal that names its fields and rules keeps them, as `errors`
 *   beside Medusa's `type` and `message` (see `refusalResponse`).
 * Everything else is Medusa's own answer.
 */
export function tiantouErrorHandler(): MedusaErrorHandlerFunction {
  const medusaHandler = errorHandler()
  return (error, req, res, next) => {
    const refusal = refusalResponse(error)
    if (refusal) {
      const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER)
      ;(logger ?? console).info(
        `${refusal.status} at ${req.path}: ${refusal.body.message}`
      )
      res.status(refusal.status).json(refusal.body)
      return
    }
    const answer = conflictResponse(error)
    if (!answer) {
      return medusaHandler(error, req, res, next)
    }
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER)
    ;(logger ?? console).info(
      `409 at ${req.path}: ${(error as Error)?.message ?? String(error)}`
    )
    res.status(answer.status).json(answer.body)
  }
}
