/**
 * The checks a shop form makes before it sends anything, each answering
 * field → error code (the forms translate codes through `checkout.errors`).
 * The backend checks the same rules again at completion.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

/**
 * A mainland China phone: a mobile number (1[3-9] and 9 more digits) or a
 * landline with its area code (0 and 9 to 11 more digits), optionally
 * after +86 / 86, with spaces or dashes between groups. The backend's rule
 * (src/workflows/checkout/utils/delivery-address.ts) is the same.
 */
export function isMainlandPhone(value: string): boolean {
  const digits = value.replace(/[\s-]/g, "")
  if (!/^\+?\d+$/.test(digits)) {
    return false
  }
  const national = digits.replace(/^\+?86(?=\d{10,12}$)/, "")
  return /^1[3-9]\d{9}$/.test(national) || /^0\d{9,11}$/.test(national)
}

export type ContactValues = {
  email: string
  name: string
  phone: string
  district: string
  address: string
}

/**
 * What is wrong with the checkout contact: the address only matters when a
 * co-op's items go by delivery, and a district code alone is not one.
 */
export function contactProblems(
  values: ContactValues,
  options: { needsAddress: boolean }
): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!isEmail(values.email)) {
    problems.email = "email"
  }
  if (!values.name.trim()) {
    problems.name = "name"
  }
  if (!isMainlandPhone(values.phone)) {
    problems.phone = "phone"
  }
  const address = values.address.trim()
  if (address && /^\d+$/.test(address)) {
    problems.address = "addressCode"
  } else if (options.needsAddress && !address) {
    problems.address = "address"
  }
  return problems
}

export type SignUpValues = {
  last_name: string
  first_name: string
  email: string
  phone: string
  password: string
}

/** What is wrong with a sign-up: the phone is optional, but must be valid. */
export function signUpProblems(values: SignUpValues): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!values.last_name.trim()) {
    problems.last_name = "lastName"
  }
  if (!values.first_name.trim()) {
    problems.first_name = "firstName"
  }
  if (!isEmail(values.email)) {
    problems.email = "email"
  }
  if (values.phone.trim() && !isMainlandPhone(values.phone)) {
    problems.phone = "phone"
  }
  if (values.password.length < 8) {
    problems.password = "password"
  }
  return problems
}
