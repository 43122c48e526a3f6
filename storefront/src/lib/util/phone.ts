import { toHalfWidth } from "./half-width"

/**
 * A mainland China mobile number as shoppers type it (full-width digits
 * from a Chinese IME, spaces, dashes, +86) → `13800138000`, or null. The
 * backend accepts the same forms; checking here lets the form say so at
 * the field before a round trip.
 */
export function normalizeCnMobile(raw: string): string | null {
  let digits = toHalfWidth(raw).replace(/[\s\-().]/g, "")
  if (digits.startsWith("+86")) {
    digits = digits.slice(3)
  } else if (digits.startsWith("0086")) {
    digits = digits.slice(4)
  } else if (digits.length === 13 && digits.startsWith("86")) {
    digits = digits.slice(2)
  }
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

/** The six digits of an SMS code as typed, or null. */
export function normalizeSmsCode(raw: string): string | null {
  const digits = toHalfWidth(raw).replace(/\s/g, "")
  return /^\d{6}$/.test(digits) ? digits : null
}

/** `+8613800138000` or `13800138000` → `138 0013 8000`, as it is read aloud. */
export function formatCnMobile(phone: string): string {
  const national = phone.replace(/^\+86/, "")
  return /^\d{11}$/.test(national)
    ? `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
    : phone
}
