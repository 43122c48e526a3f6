import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  batchLinkProductsToCategoryWorkflow,
  createProductCategoriesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoCategory, DemoProduct } from "./data"

/** A category to create: parents come before their children. */
export type CategoryRow = {
  handle: string
  name: string
  name_en: string
  rank: number
  parent_handle: string | null
}

/**
 * The tree in `categories.json` as rows, parents first, each ranked among
 * its siblings in file order. Pure, so the mapping is unit-tested.
 */
export function flattenCategories(
  tree: DemoCategory[],
  parent: string | null = null
): CategoryRow[] {
  return tree.flatMap((c, rank) => [
    {
      handle: c.handle,
      name: c.name,
      name_en: c.name_en,
      rank,
      parent_handle: parent,
    },
    ...flattenCategories(c.children ?? [], c.handle),
  ])
}

/**
 * Creates the demo categories that do not exist yet (matched by handle),
 * with the English name in `metadata.name_en` (the Translation module is
 * behind a feature flag), and puts each demo product into its category
 * unless it is there already.
 */
export async function seedCategories(
  container: MedusaContainer,
  tree: DemoCategory[],
  products: DemoProduct[],
  log: (message: string) => void
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows = flattenCategories(tree)
  const idByHandle = new Map<string, string>()
  const { data: existing } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: rows.map((r) => r.handle) },
  })
  existing.forEach((c: any) => idByHandle.set(c.handle, c.id))
  let created = 0
  // One level at a time: a child needs its parent's id.
  for (const level of [null, ...rows.map((r) => r.handle)]) {
    const missing = rows.filter(
      (r) => r.parent_handle === level && !idByHandle.has(r.handle)
    )
    if (!missing.length) {
      continue
    }
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((r) => ({
          name: r.name,
          handle: r.handle,
          rank: r.rank,
          is_active: true,
          parent_category_id: r.parent_handle
            ? idByHandle.get(r.parent_handle)!
            : null,
          metadata: { name_en: r.name_en },
        })),
      },
    })
    result.forEach((c) => idByHandle.set(c.handle, c.id))
    created += result.length
  }

  const { data: found } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "categories.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const adds = new Map<string, string[]>()
  for (const product of products) {
    const categoryId = product.category && idByHandle.get(product.category)
    const row = found.find((p: any) => p.handle === product.handle)
    if (!categoryId || !row) {
      continue
    }
    if (!(row.categories ?? []).some((c: any) => c?.id === categoryId)) {
      adds.set(categoryId, [...(adds.get(categoryId) ?? []), row.id])
    }
  }
  for (const [id, add] of adds) {
    await batchLinkProductsToCategoryWorkflow(container).run({
      input: { id, add, remove: [] },
    })
  }
  log(
    `categories: created ${created}, kept ${rows.length - created}; ${
      [...adds.values()].flat().length
    } products put in their category`
  )
}
