import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PHONE_AUTH_PROVIDER } from "../events"

export type ValidatePhoneAccountCreationStepInput = {
  auth_identity_id: string
}

export const validatePhoneAccountCreationStepId =
  "validate-phone-account-creation"

/**
 * This step checks that the caller signed in by phone code and has no
 * customer yet, and returns the verified phone: the account gets that
 * phone, never one from the request body.
 */
export const validatePhoneAccountCreationStep = createStep(
  validatePhoneAccountCreationStepId,
  async (input: ValidatePhoneAccountCreationStepInput, { container }) => {
    const identity = await container
      .resolve(Modules.AUTH)
      .retrieveAuthIdentity(input.auth_identity_id, {
        relations: ["provider_identities"],
      })
    const phone = identity.provider_identities?.find(
      (p) => p.provider === PHONE_AUTH_PROVIDER
    )
    if (!phone?.provider_metadata?.verified_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Auth identity "${identity.id}" did not sign in with a phone code; sign in at /auth/customer/phone first.`
      )
    }
    if (identity.app_metadata?.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Phone ${phone.entity_id} already belongs to customer "${identity.app_metadata.customer_id}".`
      )
    }
    return new StepResponse({ phone: phone.entity_id })
  }
)
