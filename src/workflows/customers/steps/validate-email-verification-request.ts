import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  EMAIL_VERIFICATION_RESEND_SECONDS,
  type PendingEmailVerification,
} from "../utils/email-verification"

export const validateEmailVerificationRequestStepId =
  "validate-email-verification-request"

/**
 * This step checks that a customer may be sent an email-verification link:
 * a registered account with an email not yet verified, and no link sent
 * in the last minute.
 */
export const validateEmailVerificationRequestStep = createStep(
  validateEmailVerificationRequestStepId,
  async (input: { customer_id: string }, { container }) => {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers(
        { id: input.customer_id },
        { select: ["id", "email", "has_account", "metadata"] }
      )
    if (!customer?.has_account) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer "${input.customer_id}" was not found.`
      )
    }
    if (!customer.email) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Customer "${customer.id}" has no email to verify.`
      )
    }
    const metadata = (customer.metadata ?? {}) as Record<string, any>
    if (
      metadata.email_verified_at &&
      String(metadata.verified_email ?? "").toLowerCase() ===
        customer.email.toLowerCase()
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer "${customer.id}" has already verified ${customer.email}.`
      )
    }
    const pending = metadata.email_verification as
      PendingEmailVerification | null | undefined
    const since = pending?.sent_at
      ? (Date.now() - new Date(pending.sent_at).getTime()) / 1000
      : Infinity
    if (since < EMAIL_VERIFICATION_RESEND_SECONDS) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A verification email was sent to ${customer.email} less than ${EMAIL_VERIFICATION_RESEND_SECONDS} seconds ago; wait before asking again.`
      )
    }
    return new StepResponse({ id: customer.id, email: customer.email })
  }
)
