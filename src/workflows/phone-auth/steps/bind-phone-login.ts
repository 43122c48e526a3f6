import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type BindPhoneLoginStepInput = {
  auth_identity_id: string
  customer_id: string
}

export const bindPhoneLoginStepId = "bind-phone-login"

/**
 * This step makes a phone login sign in as the customer (the identity's
 * `app_metadata.customer_id`). Medusa's setAuthAppMetadataStep is not
 * used: in 2.21 its compensation's deletion of the key does not reach the
 * stored identity (the update merges app_metadata), so a rolled-back
 * account left the login pointing at a deleted customer. Here the undo
 * writes `""`, which the merge removes.
 */
export const bindPhoneLoginStep = createStep(
  bindPhoneLoginStepId,
  async (input: BindPhoneLoginStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: {
        ...identity.app_metadata,
        customer_id: input.customer_id,
      },
    })
    return new StepResponse(identity.id, identity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(authIdentityId)
    await auth.updateAuthIdentities({
      id: authIdentityId,
      app_metadata: { ...identity.app_metadata, customer_id: "" },
    })
  }
)
