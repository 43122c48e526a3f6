export type CertificationType =
  | "green_food"
  | "organic"
  | "geographical_indication"
  | "compliance_certificate"

export const CERTIFICATION_TYPES: CertificationType[] = [
  "green_food",
  "organic",
  "geographical_indication",
  "compliance_certificate",
]

/** 农产品地理标志 certificate: "AGI" + 5 digits, e.g. AGI00053. */
const GI_NUMBER = /^AGI\d{5}$/
/** 有机码: 3-digit body code + 2-digit year + 12 random digits. */
const ORGANIC_CODE = /^\d{17}$/
/**
 * Legacy 绿色食品 product code LB-XX-YYMMPP…: product class, approval year
 * and month, province, serial, then the grade (A/AA, "1"/"2" in older
 * codes). The documented serial is 4 digits but the real example
 * LB-15-19012700330A carries 5, so both are accepted.
 */
const GREEN_FOOD_LEGACY =
  /^LB-\d{2}-\d{2}(0[1-9]|1[0-2])\d{2}\d{4,5}(AA|A|1|2)$/
/** 绿色食品 enterprise code: GF + 6-digit county code + 2-digit year + 4-digit serial. */
const GREEN_FOOD_ENTERPRISE = /^GF\d{6}\d{2}\d{4}$/

export function isGiNumber(value: string): boolean {
  return GI_NUMBER.test(value)
}

/** A brand's gi_number problem, or null when absent or well formed. */
export function giNumberProblem(value?: string | null): string | null {
  if (value === null || value === undefined) {
    return null
  }
  return isGiNumber(value)
    ? null
    : `gi_number must be "AGI" followed by 5 digits (e.g. AGI00053); got "${value}".`
}

/**
 * What is wrong with a certificate number for its type, as a sentence that
 * starts with the field name, or null when it is well formed. Only the
 * shape is checked: whether the number was really issued needs the
 * issuer's registry (e.g. food.cnca.cn for 有机码).
 */
export function certificationNumberProblem(
  type: CertificationType,
  number: string
): string | null {
  const value = (number ?? "").trim()
  if (!value) {
    return "number must not be empty."
  }
  switch (type) {
    case "organic":
      return ORGANIC_CODE.test(value)
        ? null
        : `number must be a 17-digit organic code (有机码) for an organic certification; got "${value}".`
    case "geographical_indication":
      return isGiNumber(value)
        ? null
        : `number must be "AGI" followed by 5 digits (e.g. AGI00053) for a geographical indication; got "${value}".`
    case "green_food":
      return GREEN_FOOD_LEGACY.test(value) || GREEN_FOOD_ENTERPRISE.test(value)
        ? null
        : `number must be a green food product code (LB-XX-YYMMPPNNNN plus grade, e.g. LB-15-19012700330A) or enterprise code (GF + 12 digits); got "${value}".`
    case "compliance_certificate":
      // 承诺达标合格证 have no national number format.
      return null
    default:
      return `type must be one of ${CERTIFICATION_TYPES.join(", ")}; got "${type}".`
  }
}

type Dated = { valid_from: Date | string; valid_to: Date | string }

const time = (value: Date | string) => new Date(value).getTime()

/** True when `at` falls within [valid_from, valid_to], both inclusive. */
export function isCertificationValid(cert: Dated, at: Date): boolean {
  const t = at.getTime()
  return time(cert.valid_from) <= t && t <= time(cert.valid_to)
}

/**
 * True when the certificate is valid at `at` and lapses within `days` days
 * of it, so its holder can be reminded to renew.
 */
export function expiresWithin(cert: Dated, days: number, at: Date): boolean {
  if (!isCertificationValid(cert, at)) {
    return false
  }
  return time(cert.valid_to) <= at.getTime() + days * 24 * 60 * 60 * 1000
}

/**
 * What is wrong with a validity window, or null: both ends must be dates
 * and valid_from must come before valid_to.
 */
export function windowProblem(
  validFrom: Date | string,
  validTo: Date | string
): string | null {
  const from = time(validFrom)
  const to = time(validTo)
  if (Number.isNaN(from)) {
    return "valid_from must be a date."
  }
  if (Number.isNaN(to)) {
    return "valid_to must be a date."
  }
  return from < to
    ? null
    : `valid_from (${new Date(from).toISOString()}) must be before valid_to (${new Date(to).toISOString()}).`
}
