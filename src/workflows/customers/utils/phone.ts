/**
 * A mainland mobile number as its 11 national digits (+86 138 0000 5678,
 * 8613800005678 and 138-0000-5678 are one number), or null for anything
 * else.
 */
export function nationalMobile(
  phone: string | null | undefined
): string | null {
  const digits = (phone ?? "").replace(/\D/g, "")
  const national =
    digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits
  return /^1\d{10}$/.test(national) ? national : null
}

/**
 * The ways a checkout may have stored a mobile number, to find its orders
 * with an equality filter: bare, with +86 or 86, and grouped 3-4-4 with
 * spaces or dashes (the storefront's placeholder is "+86 138 0000 0000").
 */
export function storedPhoneForms(national: string): string[] {
  const grouped = [
    national.slice(0, 3),
    national.slice(3, 7),
    national.slice(7),
  ]
  const forms = [national, grouped.join(" "), grouped.join("-")]
  return forms.flatMap((f) => [f, `+86 ${f}`, `+86${f}`, `86${f}`, `+86-${f}`])
}
