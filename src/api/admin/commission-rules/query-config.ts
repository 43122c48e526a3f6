export const adminCommissionRuleFields = [
  "id",
  "scope",
  "category_id",
  "rate",
  "created_at",
  "updated_at",
]

export const adminCommissionRulesQueryConfig = {
  list: { defaults: adminCommissionRuleFields, isList: true },
}
