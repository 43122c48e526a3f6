import { isCertificationValid } from "./certification"

export type AuthorizationLike = {
  id?: string
  vendor_id: string
  brand_id?: string | null
  brand?: { id: string } | null
  valid_from: Date | string
  valid_to: Date | string
}

/**
 * The vendor's authorization to use the brand at `at`, or null. When
 * several overlap, the one that runs longest is returned.
 */
export function activeAuthorization<T extends AuthorizationLike>(
  authorizations: T[],
  vendorId: string,
  brandId: string,
  at: Date
): T | null {
  const active = authorizations.filter(
    (a) =>
      a.vendor_id === vendorId &&
      (a.brand_id ?? a.brand?.id) === brandId &&
      isCertificationValid(a, at)
  )
  if (!active.length) {
    return null
  }
  return active.reduce((best, a) =>
    new Date(a.valid_to).getTime() > new Date(best.valid_to).getTime()
      ? a
      : best
  )
}

/**
 * The first of `existing` whose window overlaps the candidate's for the same
 * vendor and brand (shared end points count), skipping the candidate itself
 * by id; null when there is none. A co-op holds one authorization per brand
 * at a time, so renewals start after the previous one ends.
 */
export function overlappingAuthorization<T extends AuthorizationLike>(
  existing: T[],
  candidate: AuthorizationLike
): T | null {
  const brandOf = (a: AuthorizationLike) => a.brand_id ?? a.brand?.id
  const from = new Date(candidate.valid_from).getTime()
  const to = new Date(candidate.valid_to).getTime()
  return (
    existing.find(
      (a) =>
        a.id !== candidate.id &&
        a.vendor_id === candidate.vendor_id &&
        brandOf(a) === brandOf(candidate) &&
        new Date(a.valid_from).getTime() <= to &&
        from <= new Date(a.valid_to).getTime()
    ) ?? null
  )
}
