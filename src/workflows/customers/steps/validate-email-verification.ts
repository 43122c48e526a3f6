import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  emailVerificationProblem,
  type PendingEmailVerification,
} from "../utils/email-verification"

export type ValidateEmailVerificationStepInput = {
  customer_id: string
  token: string
}

export const validateEmailVerificationStepId = "validate-email-verification"

const MESSAGES = {
  none: "has no email verification pending",
  mismatch: "presented a verification token that is not the one last sent",
  expired: "presented an expired verification token; ask for a new email",
  email: "changed their email since the verification email was sent",
}

/**
 * This step checks a presented email-verification token against the one
 * whose hash the customer holds: same token, not expired, sent to the
 * email the customer still has. Returns that email.
 */
export const validateEmailVerificationStep = createStep(
  validateEmailVerificationStepId,
  async (input: ValidateEmailVerificationStepInput, { container }) => {
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
    const pending = (customer.metadata as Record<string, unknown> | null)
      ?.email_verification as PendingEmailVerification | undefined
    const problem = emailVerificationProblem(
      pending,
      input.token,
      customer.email
    )
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `token is not valid: customer "${customer.id}" ${MESSAGES[problem]}.`
      )
    }
    return new StepResponse({
      customer_id: customer.id,
      email: customer.email!,
    })
  }
)
