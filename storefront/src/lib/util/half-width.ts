/**
 * Full-width ASCII (digits, letters, punctuation) and the ideographic space
 * to half-width: Chinese IMEs type ０-９, and people paste codes, phone
 * numbers and order numbers that way.
 */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uff01-\uff5e]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0)
    )
    .replace(/\u3000/g, " ")
}
