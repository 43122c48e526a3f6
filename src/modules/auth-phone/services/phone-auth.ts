import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
} from "@medusajs/framework/types"
import {
  AbstractAuthModuleProvider,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  checkPhoneCode,
  NO_PHONE_CODE,
  normalizePhone,
  phoneCodeSecret,
  type PhoneCodeState,
} from "../utils/phone-code"

/** One answer for every refusal, so it tells nothing about the number. */
export const PHONE_SIGN_IN_REFUSED =
  "The phone number or code is wrong, or the code has expired."

/**
 * Sign-in with a mainland mobile number and the six-digit code sent to it
 * (`POST /auth/customer/phone` with `{ phone, code }`). The code is issued
 * and sent by the send-phone-code workflow, which keeps its hash on this
 * provider's identity; here it is checked, counted and spent. A phone's
 * first sign-in returns a token with no customer yet: the storefront then
 * creates the account (`POST /store/customers/phone`).
 */
export class PhoneAuthProviderService extends AbstractAuthModuleProvider {
  static identifier = "phone"
  static DISPLAY_NAME = "Phone and SMS code"

  async authenticate(
    data: AuthenticationInput,
    identities: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const phone = normalizePhone(data.body?.phone)
    if (!phone) {
      return { success: false, error: PHONE_SIGN_IN_REFUSED }
    }
    let identity: AuthIdentityDTO
    try {
      identity = await identities.retrieve({ entity_id: phone })
    } catch (e) {
      if ((e as MedusaError).type === MedusaError.Types.NOT_FOUND) {
        return { success: false, error: PHONE_SIGN_IN_REFUSED }
      }
      throw e
    }
    const metadata = this.providerIdentity_(identity)?.provider_metadata ?? {}
    const check = checkPhoneCode({
      secret: phoneCodeSecret(),
      phone,
      code: data.body?.code,
      state: metadata as Partial<PhoneCodeState>,
      now: Date.now(),
    })
    if (check.outcome === "none") {
      return { success: false, error: PHONE_SIGN_IN_REFUSED }
    }
    if (check.outcome === "wrong") {
      // The last wrong try spends the code: a new one must be sent.
      await identities.update(phone, {
        provider_metadata: check.spent
          ? { ...metadata, ...NO_PHONE_CODE }
          : { ...metadata, attempts: check.attempts },
      })
      return { success: false, error: PHONE_SIGN_IN_REFUSED }
    }
    const updated = await identities.update(phone, {
      provider_metadata: {
        ...metadata,
        ...NO_PHONE_CODE,
        verified_at: new Date().toISOString(),
      },
    })
    return { success: true, authIdentity: this.sanitize_(updated) }
  }

  /**
   * The same check as sign-in: a phone's identity exists once a code was
   * sent, so registration is proving the code, and then creating the
   * customer with the registration token.
   */
  async register(
    data: AuthenticationInput,
    identities: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    return this.authenticate(data, identities)
  }

  /** Phone identities have no password; codes are set only by the workflow. */
  async update(): Promise<AuthenticationResponse> {
    return {
      success: false,
      error: "A phone sign-in has no password to update.",
    }
  }

  private providerIdentity_(identity: AuthIdentityDTO) {
    return identity.provider_identities?.find(
      (p) => p.provider === this.provider
    )
  }

  private sanitize_(identity: AuthIdentityDTO): AuthIdentityDTO {
    const copy = JSON.parse(JSON.stringify(identity)) as AuthIdentityDTO
    const own = this.providerIdentity_(copy)
    if (own?.provider_metadata) {
      delete own.provider_metadata.code_hash
      delete own.provider_metadata.code_salt
    }
    return copy
  }
}
