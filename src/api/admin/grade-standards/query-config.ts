export const adminGradeStandardFields = [
  "id",
  "code",
  "title_zh",
  "title_en",
  "product_kind",
  "verification",
  "source",
  "status",
  "supersedes_id",
  "created_at",
  "updated_at",
  "levels.*",
]

export const adminGradeStandardsQueryConfig = {
  list: { defaults: adminGradeStandardFields, isList: true },
  retrieve: { defaults: adminGradeStandardFields, isList: false },
}
