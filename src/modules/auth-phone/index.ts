import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneAuthProviderService } from "./services/phone-auth"

/**
 * The `phone` auth provider: sign-in with a mainland mobile number and an
 * SMS code (`/auth/customer/phone`).
 */
export default ModuleProvider(Modules.AUTH, {
  services: [PhoneAuthProviderService],
})
