import type { ScopedQueryConfig } from "../../utils/scoped-query"

/** What a co-op needs of a standard to declare a grade against it. */
export const vendorGradeStandardFields = [
  "id",
  "code",
  "title_zh",
  "title_en",
  "product_kind",
  "verification",
  "source",
  "status",
  "levels.id",
  "levels.code",
  "levels.name_zh",
  "levels.name_en",
  "levels.rank",
  "levels.tolerance_pct",
  "levels.criteria",
]

export const listVendorGradeStandardsConfig: ScopedQueryConfig = {
  defaults: vendorGradeStandardFields,
  isList: true,
}
