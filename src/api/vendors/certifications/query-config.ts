import type { ScopedQueryConfig } from "../../utils/scoped-query"

export const vendorCertificationFields = [
  "id",
  "type",
  "number",
  "issuer",
  "issuer_en",
  "subject_type",
  "subject_id",
  "valid_from",
  "valid_to",
  "evidence_url",
  "status",
  "review_status",
  "submitted_by",
  "created_at",
]

export const listVendorCertificationsConfig: ScopedQueryConfig = {
  defaults: vendorCertificationFields,
  isList: true,
}
