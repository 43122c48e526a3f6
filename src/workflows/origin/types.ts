import type { ClaimStatus } from "../claims/utils/claim-rules"
import type { RegionLevel } from "../../modules/origin/utils/regions"
import type { CertificationType } from "../../modules/origin/utils/certification"

export type OriginRegionInput = {
  code: string
  name_zh: string
  name_en: string
  level: RegionLevel
  parent_code?: string | null
  lat?: number | null
  lng?: number | null
}

export type BrandInput = {
  handle: string
  type?: "regional_public" | "enterprise" | "umbrella"
  name_zh: string
  name_en: string
  gi_number?: string | null
  holder?: string | null
  story_zh?: string | null
  story_en?: string | null
  harvest_months?: number[] | null
  region_codes: string[]
  verification_notes?: Record<string, unknown> | null
}

export type CertificationInput = {
  type: CertificationType
  number: string
  issuer: string
  /** The issuer's English name, for the English shop. */
  issuer_en?: string | null
  subject_type: "vendor" | "product"
  subject_id: string
  valid_from: Date | string
  valid_to: Date | string
  evidence_url?: string | null
  /** Derived from the window by the workflows; never taken from a request. */
  status?: ClaimStatus
  /** The platform's review of a certificate a co-op submitted. */
  review_status?: "pending" | "approved" | "rejected"
}

export type BrandAuthorizationInput = {
  vendor_id: string
  brand_id: string
  valid_from: Date | string
  valid_to: Date | string
  note?: string | null
  /** Derived from the window by the workflows; never taken from a request. */
  status?: ClaimStatus
}
