import { z } from "@medusajs/framework/zod"
import { normalizePhone } from "../../modules/auth-phone/utils/phone-code"

/** A mainland mobile number, normalised to E.164 (`+8613800138000`). */
export const MainlandPhone = z
  .string({ error: "phone must be a string" })
  .max(32, "phone must have at most 32 characters")
  .transform((value, ctx) => {
    const phone = normalizePhone(value)
    if (!phone) {
      ctx.addIssue({
        code: "custom",
        message:
          "phone must be a mainland China mobile number (11 digits starting 13–19, +86 optional)",
      })
      return z.NEVER
    }
    return phone
  })

export type AuthCustomerSendPhoneCodeType = z.infer<
  typeof AuthCustomerSendPhoneCode
>
export const AuthCustomerSendPhoneCode = z
  .object({ phone: MainlandPhone })
  .strict()
