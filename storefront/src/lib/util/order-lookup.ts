import { toHalfWidth } from "./half-width"

export type LookupQuery = { display_id: number; phone_last4: string }

/**
 * What a shopper typed, as the lookup route takes it: the order number
 * without "#" or spaces and the phone's last 4 digits, full-width digits
 * (Chinese IMEs) read as ASCII. Null names the field that is wrong.
 */
export function parseLookup(
  order: string,
  tail: string
): { query: LookupQuery } | { error: "order" | "tail" } {
  const number = toHalfWidth(order).replace(/[\s#＃]/g, "")
  if (!/^\d{1,9}$/.test(number) || Number(number) < 1) {
    return { error: "order" }
  }
  const digits = toHalfWidth(tail).replace(/\s/g, "")
  if (!/^\d{4}$/.test(digits)) {
    return { error: "tail" }
  }
  return { query: { display_id: Number(number), phone_last4: digits } }
}

/** The lookup cookie's value and back. */
export function encodeLookup(query: LookupQuery): string {
  return `${query.display_id}:${query.phone_last4}`
}

export function decodeLookup(value: string | undefined): LookupQuery | null {
  const match = /^(\d{1,9}):(\d{4})$/.exec(value ?? "")
  return match ? { display_id: Number(match[1]), phone_last4: match[2] } : null
}
