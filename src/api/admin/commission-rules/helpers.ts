import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminCommissionRuleFields } from "./query-config"

type Rule = { id: string; category_id?: string | null }

/** Adds each category rule's category (id, name, handle) for display. */
export async function withCategories<T extends Rule>(
  scope: MedusaContainer,
  rules: T[]
) {
  const ids = [
    ...new Set(rules.map((r) => r.category_id).filter(Boolean)),
  ] as string[]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: categories } = ids.length
    ? await query.graph({
        entity: "product_category",
        fields: ["id", "name", "handle"],
        filters: { id: ids },
      })
    : { data: [] as any[] }
  const byId = new Map<string, any>(
    categories.map((c: any) => [c.id, c] as const)
  )
  return rules.map((rule) => ({
    ...rule,
    category: rule.category_id ? (byId.get(rule.category_id) ?? null) : null,
  }))
}

/** One rule as the admin API returns it. */
export async function refetchCommissionRule(
  scope: MedusaContainer,
  id: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [rule],
  } = await query.graph({
    entity: "commission_rule",
    fields: adminCommissionRuleFields,
    filters: { id },
  })
  const [withCategory] = await withCategories(scope, [rule])
  return withCategory
}
