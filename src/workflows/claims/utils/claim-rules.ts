import { METRICS, isMetric } from "../../../modules/grading/utils/metrics"
import {
  type GradeStandardDefinition,
  type MeasurementViolation,
  measurementViolations,
  OUT_OF_GRADE,
} from "../../../modules/grading/utils/criteria"
import type {
  FieldRefusal,
  Refusal,
  RefusalValue,
} from "../../../utils/refusal"

/** Days before valid_to from which a claim counts as `expiring`. */
export const EXPIRY_WARNING_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

export type ClaimStatus = "valid" | "expiring" | "expired"

type Dated = { valid_from: Date | string; valid_to: Date | string }

const time = (value: Date | string) => new Date(value).getTime()
const day = (value: Date | string) => new Date(value).toISOString().slice(0, 10)

/**
 * The status a certificate or authorization should carry at `at`: expired
 * after valid_to, expiring within `warningDays` of it, valid otherwise (a
 * window that has not started yet is still `valid`; the claim rules check
 * the window itself).
 */
export function claimStatus(
  window: Dated,
  at: Date,
  warningDays = EXPIRY_WARNING_DAYS
): ClaimStatus {
  const end = time(window.valid_to)
  if (at.getTime() > end) {
    return "expired"
  }
  return end <= at.getTime() + warningDays * DAY_MS ? "expiring" : "valid"
}

export type StatusTransition = {
  id: string
  from: ClaimStatus
  to: ClaimStatus
  /** Only a move to `expiring` or `expired` is worth telling the co-op. */
  notify: boolean
}

/**
 * The records whose stored status differs from `claimStatus` at `at`. Run
 * twice at the same time it returns nothing the second time, which makes
 * the expiry job idempotent.
 */
export function statusTransitions(
  records: (Dated & { id: string; status: ClaimStatus })[],
  at: Date,
  warningDays = EXPIRY_WARNING_DAYS
): StatusTransition[] {
  return records.flatMap((record) => {
    const to = claimStatus(record, at, warningDays)
    if (to === record.status) {
      return []
    }
    return [{ id: record.id, from: record.status, to, notify: to !== "valid" }]
  })
}

/** True while the claim may be shown: inside its window and not expired. */
export function isClaimLive(
  record: Dated & { status?: ClaimStatus | null },
  at: Date
): boolean {
  return (
    record.status !== "expired" &&
    time(record.valid_from) <= at.getTime() &&
    at.getTime() <= time(record.valid_to)
  )
}

export type BrandRef = { id: string; handle: string; name_zh: string }

/**
 * Why the co-op may not sell under the brand at `at` (a refusal at
 * `brand_handle`), or null when one of its authorizations for that brand
 * is live.
 */
export function brandClaimRefusal(
  brand: BrandRef,
  authorizations: (Dated & { vendor_id: string; status?: ClaimStatus })[],
  vendorId: string,
  at: Date
): Refusal | null {
  const own = authorizations.filter((a) => a.vendor_id === vendorId)
  if (own.some((a) => isClaimLive(a, at))) {
    return null
  }
  const label = `${brand.name_zh} (${brand.handle})`
  const values = { brand: brand.handle, brand_zh: brand.name_zh }
  const at_ = (rule: string, message: string, extra = {}) => ({
    field: "brand_handle",
    rule,
    values: { ...values, ...extra },
    message: `brand_handle: ${message}`,
  })
  if (!own.length) {
    return at_(
      "brand_not_authorized",
      `合作社未获得品牌 ${label} 的授权 / The co-op holds no authorization to use the brand ${label}.`
    )
  }
  const latest = own.reduce((a, b) =>
    time(b.valid_to) > time(a.valid_to) ? b : a
  )
  if (time(latest.valid_from) > at.getTime()) {
    return at_(
      "brand_authorization_not_started",
      `品牌 ${label} 的授权尚未生效 / The co-op's authorization for the brand ${label} starts on ${day(latest.valid_from)}.`,
      { valid_from: day(latest.valid_from) }
    )
  }
  return at_(
    "brand_authorization_expired",
    `品牌 ${label} 的授权已过期 / The co-op's authorization for the brand ${label} expired on ${day(latest.valid_to)}.`,
    { valid_to: day(latest.valid_to) }
  )
}

/** brandClaimRefusal's sentence, or null. */
export function brandClaimProblem(
  ...args: Parameters<typeof brandClaimRefusal>
): string | null {
  return brandClaimRefusal(...args)?.message ?? null
}

export type CertificationRef = Dated & {
  id: string
  type: string
  number: string
  subject_type: "vendor" | "product"
  subject_id: string
  status?: ClaimStatus
  review_status?: "pending" | "approved" | "rejected"
}

/**
 * True when the certificate is the co-op's own: issued to the co-op, or to
 * one of its products.
 */
export function isOwnCertificate(
  cert: Pick<CertificationRef, "subject_type" | "subject_id">,
  vendorId: string,
  vendorProductIds: Iterable<string>
): boolean {
  if (cert.subject_type === "vendor") {
    return cert.subject_id === vendorId
  }
  return new Set(vendorProductIds).has(cert.subject_id)
}

/**
 * Why the certificate may not be attached to `productId` at `at` (a
 * refusal at `add`), or null. A product certificate covers only its own
 * product; an expired, not yet valid or rejected certificate is refused.
 */
export function certificationClaimRefusal(
  cert: CertificationRef,
  productId: string,
  at: Date
): Refusal | null {
  const label = `${cert.type} ${cert.number} (${cert.id})`
  const at_ = (rule: string, message: string, extra = {}) => ({
    field: "add",
    rule,
    values: {
      certification: cert.id,
      type: cert.type,
      number: cert.number,
      ...extra,
    },
    message: `add: ${message}`,
  })
  if (cert.subject_type === "product" && cert.subject_id !== productId) {
    return at_(
      "certificate_other_product",
      `certificate ${label} was issued for product "${cert.subject_id}", not "${productId}".`
    )
  }
  if (cert.review_status === "rejected") {
    return at_(
      "certificate_rejected",
      `certificate ${label} was rejected by the platform and cannot be shown.`
    )
  }
  if (cert.status === "expired" || time(cert.valid_to) < at.getTime()) {
    return at_(
      "certificate_expired",
      `证书已过期 / certificate ${label} expired on ${day(cert.valid_to)}.`,
      { valid_to: day(cert.valid_to) }
    )
  }
  if (time(cert.valid_from) > at.getTime()) {
    return at_(
      "certificate_not_started",
      `certificate ${label} is valid only from ${day(cert.valid_from)}.`,
      { valid_from: day(cert.valid_from) }
    )
  }
  return null
}

/** certificationClaimRefusal's sentence, or null. */
export function certificationClaimProblem(
  ...args: Parameters<typeof certificationClaimRefusal>
): string | null {
  return certificationClaimRefusal(...args)?.message ?? null
}

/**
 * What is wrong with a declared validity window at `at`, or null: it must
 * be a real range that has not ended.
 */
export function declaredWindowRefusal(window: Dated, at: Date): Refusal | null {
  const from = time(window.valid_from)
  const to = time(window.valid_to)
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return {
      field: Number.isNaN(from) ? "valid_from" : "valid_to",
      rule: "invalid_date",
      values: {},
      message: "valid_from and valid_to must be dates.",
    }
  }
  if (from >= to) {
    return {
      field: "valid_to",
      rule: "date_order",
      values: {
        valid_from: day(window.valid_from),
        valid_to: day(window.valid_to),
      },
      message: `valid_from (${day(window.valid_from)}) must be before valid_to (${day(window.valid_to)}).`,
    }
  }
  if (to < at.getTime()) {
    return {
      field: "valid_to",
      rule: "certificate_expired",
      values: { valid_to: day(window.valid_to) },
      message: `valid_to: 证书已过期 / the certificate expired on ${day(window.valid_to)}; an expired certificate cannot be declared.`,
    }
  }
  return null
}

/** declaredWindowRefusal's sentence, or null. */
export function declaredWindowProblem(window: Dated, at: Date): string | null {
  return declaredWindowRefusal(window, at)?.message ?? null
}

export type Measurement = { metric: string; value: number; unit: string }

const VIOLATION_RULES: Record<MeasurementViolation["bound"], string> = {
  min: "grade_min",
  max: "grade_max",
  tolerance: "grade_tolerance",
  missing: "grade_metric_missing",
  unknown: "unknown_metric",
}

/** A metric's names from the grading data, for clients to word a refusal. */
const metricNames = (metric: string): Record<string, RefusalValue> =>
  metric === OUT_OF_GRADE
    ? {}
    : isMetric(metric)
      ? { metric_zh: METRICS[metric].zh, metric_en: METRICS[metric].en }
      : {}

/**
 * A measurement violation as a field refusal: at the value that was sent
 * (`measurements.1.value`), or at `measurements` for a metric the level
 * needs and the body left out; `level_code` for a level the standard lacks.
 * The values carry the bound, the value, the unit and the level's and
 * metric's names, so that a client can say "可溶性固形物 9.5% 低于特级最低值 11%".
 */
function violationRefusal(
  standard: GradeStandardDefinition,
  levelCode: string,
  measurements: Measurement[],
  v: MeasurementViolation
): FieldRefusal {
  if (v.metric === "level") {
    return {
      field: "level_code",
      rule: "unknown_level",
      values: {
        level: levelCode,
        standard: standard.code,
        options: standard.levels.map((l) => l.code),
      },
    }
  }
  const level = standard.levels.find((l) => l.code === levelCode)!
  const criterion = level.criteria.find((c) => c.metric === v.metric)
  const index = measurements.findIndex((m) => m.metric === v.metric)
  const values: Record<string, RefusalValue> = {
    metric: v.metric,
    ...metricNames(v.metric),
    standard: standard.code,
    level: level.code,
    level_zh: level.name_zh,
    level_en: level.name_en,
    unit: v.bound === "tolerance" ? "%" : (criterion?.unit ?? ""),
  }
  if (typeof v.value === "number") values.value = v.value
  if (v.bound === "min") values.min = v.limit ?? null
  if (v.bound === "max" || v.bound === "tolerance") values.max = v.limit ?? null
  return {
    field: index >= 0 ? `measurements.${index}.value` : "measurements",
    rule: VIOLATION_RULES[v.bound],
    values,
  }
}

/**
 * Checks each measurement's metric and unit, then the values against the
 * level. Returns the problems (sentences naming the metric, the bound and
 * the value), the same as field refusals, and the measured values keyed
 * by metric.
 */
export function gradeClaimProblems(
  standard: GradeStandardDefinition & { status?: string },
  levelCode: string,
  measurements: Measurement[]
): {
  problems: string[]
  refusals: FieldRefusal[]
  measured: Record<string, number>
} {
  const problems: string[] = []
  const refusals: FieldRefusal[] = []
  const measured: Record<string, number> = {}
  const refuse = (
    message: string,
    field: string,
    rule: string,
    values: Record<string, RefusalValue>
  ) => {
    problems.push(message)
    refusals.push({ field, rule, values })
  }
  if (standard.status === "superseded") {
    refuse(
      `standard_code: ${standard.code} has been superseded; declare grades against the standard that replaces it.`,
      "standard_code",
      "standard_superseded",
      { standard: standard.code }
    )
  }
  measurements.forEach((m, i) => {
    const at = `measurements[${i}]`
    const expected =
      m.metric === OUT_OF_GRADE
        ? "%"
        : isMetric(m.metric)
          ? METRICS[m.metric].unit
          : null
    if (expected === null) {
      refuse(
        `${at}: metric "${m.metric}" is not a known metric.`,
        `measurements.${i}.metric`,
        "unknown_metric",
        { metric: m.metric }
      )
      return
    }
    if (m.unit !== expected) {
      refuse(
        `${at}: unit "${m.unit}" does not fit ${m.metric}, which is measured in "${expected}".`,
        `measurements.${i}.unit`,
        "metric_unit",
        { metric: m.metric, ...metricNames(m.metric), unit: m.unit, expected }
      )
    }
    if (m.metric in measured) {
      refuse(
        `${at}: ${m.metric} is measured twice.`,
        `measurements.${i}.metric`,
        "duplicate_metric",
        { metric: m.metric, ...metricNames(m.metric) }
      )
    }
    measured[m.metric] = m.value
  })
  if (problems.length) {
    return { problems, refusals, measured }
  }
  for (const v of measurementViolations(standard, levelCode, measured)) {
    problems.push(v.message)
    refusals.push(violationRefusal(standard, levelCode, measurements, v))
  }
  return { problems, refusals, measured }
}
