import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RebindVendorLoginStepInput = {
  auth_identity_id: string
  member_id: string
}

export const rebindVendorLoginStepId = "rebind-vendor-login"

/**
 * This step binds a login whose earlier membership was removed to a new
 * member. Removal leaves `vendor_id: null` in the login's app metadata (the
 * auth module merges JSON updates, so the key cannot be deleted), and
 * setAuthAppMetadataStep refuses any key that is present, even as null.
 */
export const rebindVendorLoginStep = createStep(
  rebindVendorLoginStepId,
  async (input: RebindVendorLoginStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.vendor_id !== null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Login "${identity.id}" is not free to join a co-op.`
      )
    }
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...identity.app_metadata, vendor_id: input.member_id },
    })
    return new StepResponse(void 0, identity.id)
  },
  async (identityId, { container }) => {
    if (!identityId) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(identityId)
    await auth.updateAuthIdentities({
      id: identityId,
      app_metadata: { ...identity.app_metadata, vendor_id: null },
    })
  }
)
