import { MedusaError } from "@medusajs/framework/utils"

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters
 * from a 31-character alphabet (no I, O, S, V or Z). The last character is a
 * check character computed from the first 17 with the weights below.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i])
    if (value < 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${first17[i]}" is not allowed in a credit code.`
      )
    }
    sum += value * WEIGHTS[i]
  }
  return ALPHABET[(31 - (sum % 31)) % 31]
}

export type CreditCodeProblem = "length" | "characters" | "check_character"

/** Why a credit code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) {
    return "length"
  }
  if (!SHAPE.test(code)) {
    return "characters"
  }
  return creditCodeCheckChar(code.slice(0, 17)) === code[17]
    ? null
    : "check_character"
}

export const CREDIT_CODE_RULES: Record<CreditCodeProblem, string> = {
  length: "must be exactly 18 characters",
  characters:
    "must be 2 registration characters, a 6-digit region code and 10 characters from 0-9 and A-Y without I, O, S, V or Z",
  check_character: "has a wrong check character (GB 32100-2015)",
}
