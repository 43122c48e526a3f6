import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PHONE_CODE_TTL_MS } from "../../../../../modules/auth-phone/utils/phone-code"
import { sendPhoneCodeWorkflow } from "../../../../../workflows/phone-auth"
import type { AuthCustomerSendPhoneCodeType } from "../../../validators"
import { PHONE_CODE_COOLDOWN_SECONDS } from "../../../phone-throttle"

/**
 * Texts a sign-in code to a mainland mobile number. The answer is the same
 * whether or not the number has an account. Throttled per phone and per
 * IP in ../../../middlewares.ts.
 */
export async function POST(
  req: MedusaRequest<AuthCustomerSendPhoneCodeType>,
  res: MedusaResponse
) {
  await sendPhoneCodeWorkflow(req.scope).run({
    input: { phone: req.validatedBody.phone },
  })
  res.status(201).json({
    phone: req.validatedBody.phone,
    expires_in: PHONE_CODE_TTL_MS / 1000,
    resend_in: PHONE_CODE_COOLDOWN_SECONDS,
  })
}
