import { METRICS, isMetric } from "../../../modules/grading/utils/metrics"
import {
  type GradeStandardDefinition,
  measurementViolations,
  OUT_OF_GRADE,
} from "../../../modules/grading/utils/criteria"

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
 * Why the co-op may not sell under the brand at `at`, or null when one of
 * its authorizations for that brand is live.
 */
export function brandClaimProblem(
  brand: BrandRef,
  authorizations: (Dated & { vendor_id: string; status?: ClaimStatus })[],
  vendorId: string,
  at: Date
): string | null {
  const own = authorizations.filter((a) => a.vendor_id === vendorId)
  if (own.some((a) => isClaimLive(a, at))) {
    return null
  }
  const label = `${brand.name_zh} (${brand.handle})`
  if (!own.length) {
    return `brand_handle: 合作社未获得品牌 ${label} 的授权 / The co-op holds no authorization to use the brand ${label}.`
  }
  const latest = own.reduce((a, b) =>
    time(b.valid_to) > time(a.valid_to) ? b : a
  )
  if (time(latest.valid_from) > at.getTime()) {
    return `brand_handle: 品牌 ${label} 的授权尚未生效 / The co-op's authorization for the brand ${label} starts on ${day(latest.valid_from)}.`
  }
  return `brand_handle: 品牌 ${label} 的授权已过期 / The co-op's authorization for the brand ${label} expired on ${day(latest.valid_to)}.`
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
 * Why the certificate may not be attached to `productId` at `at`, or null.
 * A product certificate covers only its own product; an expired, not yet
 * valid or rejected certificate is refused.
 */
export function certificationClaimProblem(
  cert: CertificationRef,
  productId: string,
  at: Date
): string | null {
  const label = `${cert.type} ${cert.number} (${cert.id})`
  if (cert.subject_type === "product" && cert.subject_id !== productId) {
    return `add: certificate ${label} was issued for product "${cert.subject_id}", not "${productId}".`
  }
  if (cert.review_status === "rejected") {
    return `add: certificate ${label} was rejected by the platform and cannot be shown.`
  }
  if (cert.status === "expired" || time(cert.valid_to) < at.getTime()) {
    return `add: 证书已过期 / certificate ${label} expired on ${day(cert.valid_to)}.`
  }
  if (time(cert.valid_from) > at.getTime()) {
    return `add: certificate ${label} is valid only from ${day(cert.valid_from)}.`
  }
  return null
}

/**
 * What is wrong with a declared validity window at `at`, or null: it must
 * be a real range that has not ended.
 */
export function declaredWindowProblem(window: Dated, at: Date): string | null {
  const from = time(window.valid_from)
  const to = time(window.valid_to)
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return "valid_from and valid_to must be dates."
  }
  if (from >= to) {
    return `valid_from (${day(window.valid_from)}) must be before valid_to (${day(window.valid_to)}).`
  }
  if (to < at.getTime()) {
    return `valid_to: 证书已过期 / the certificate expired on ${day(window.valid_to)}; an expired certificate cannot be declared.`
  }
  return null
}

export type Measurement = { metric: string; value: number; unit: string }

/**
 * Checks each measurement's metric and unit, then the values against the
 * level. Returns the problems (sentences naming the metric, the bound and
 * the value) and the measured values keyed by metric.
 */
export function gradeClaimProblems(
  standard: GradeStandardDefinition & { status?: string },
  levelCode: string,
  measurements: Measurement[]
): { problems: string[]; measured: Record<string, number> } {
  const problems: string[] = []
  const measured: Record<string, number> = {}
  if (standard.status === "superseded") {
    problems.push(
      `standard_code: ${standard.code} has been superseded; declare grades against the standard that replaces it.`
    )
  }
  measurements.forEach((m, i) => {
    const at = `measurements[${i}]`
    if (m.metric === OUT_OF_GRADE) {
      if (m.unit !== "%") {
        problems.push(
          `${at}: unit "${m.unit}" does not fit ${OUT_OF_GRADE}, which is measured in "%".`
        )
      }
    } else if (!isMetric(m.metric)) {
      problems.push(`${at}: metric "${m.metric}" is not a known metric.`)
      return
    } else if (METRICS[m.metric].unit !== m.unit) {
      problems.push(
        `${at}: unit "${m.unit}" does not fit ${m.metric}, which is measured in "${METRICS[m.metric].unit}".`
      )
    }
    if (m.metric in measured) {
      problems.push(`${at}: ${m.metric} is measured twice.`)
    }
    measured[m.metric] = m.value
  })
  if (problems.length) {
    return { problems, measured }
  }
  problems.push(
    ...measurementViolations(standard, levelCode, measured).map(
      (v) => v.message
    )
  )
  return { problems, measured }
}
