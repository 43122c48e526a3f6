import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsurePickupStaffLoginStepInput = {
  email: string
  password?: string
}

export const ensurePickupStaffLoginStepId = "ensure-pickup-staff-login"

/**
 * This step finds the email's emailpass login, or registers one with the
 * given password. A login may already exist (the same person shops as a
 * customer); it keeps its password and gains the `pickup` actor later.
 */
export const ensurePickupStaffLoginStep = createStep(
  ensurePickupStaffLoginStepId,
  async (input: EnsurePickupStaffLoginStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities({
      provider: "emailpass",
      entity_id: input.email,
    })
    if (existing) {
      const identity = await auth.retrieveAuthIdentity(
        existing.auth_identity_id!
      )
      if (identity.app_metadata?.pickup_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `email "${input.email}" already signs in as pickup staff.`
        )
      }
      return new StepResponse(
        { auth_identity_id: identity.id, created: false },
        null
      )
    }
    if (!input.password) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `password is required: "${input.email}" has no login yet.`
      )
    }
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Could not create the login for "${input.email}": ${error}`
      )
    }
    return new StepResponse(
      { auth_identity_id: authIdentity.id, created: true },
      authIdentity.id
    )
  },
  async (createdIdentityId, { container }) => {
    if (!createdIdentityId) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    await auth.deleteAuthIdentities([createdIdentityId])
  }
)
