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
