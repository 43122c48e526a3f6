import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Customer metadata keys only our workflows write: a customer who could
 * write a pending verification (a token hash of their choosing) to their
 * own record could verify an email they do not hold and take its guest
 * orders.
 */
export const RESERVED_CUSTOMER_METADATA = [
  "email_verification",
  "email_verified_at",
  "verified_email",
]

/** Refuses a customer update (POST /store/customers/me) that names them. */
export function refuseReservedMetadata(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const metadata = (req.body as Record<string, unknown> | undefined)?.metadata
  if (metadata && typeof metadata === "object") {
    const named = RESERVED_CUSTOMER_METADATA.filter((k) => k in metadata)
    if (named.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `metadata.${named[0]} is set by email verification and cannot be written.`
      )
    }
  }
  next()
}
