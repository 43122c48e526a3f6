export const adminCertificationFields = [
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
  "updated_at",
]

export const adminCertificationsQueryConfig = {
  list: { defaults: adminCertificationFields, isList: true },
  retrieve: { defaults: adminCertificationFields, isList: false },
}
