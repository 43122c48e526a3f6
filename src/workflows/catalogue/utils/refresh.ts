import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import type {
  CatalogueRow,
  CatalogueRowFailure,
} from "../../../modules/catalogue/types"
import type { CatalogueProductsChangedData } from "../events"
import {
  buildCatalogueRow,
  CATALOGUE_PRODUCT_FIELDS,
  type GraphProduct,
} from "./build-row"
import { invalidateCatalogueResponses } from "./response-cache"

/** What a refresh may be asked for: events' ids, resolved to products. */
export type CatalogueRefreshInput = CatalogueProductsChangedData & {
  variant_ids?: string[]
  inventory_level_ids?: string[]
  inventory_item_ids?: string[]
}

const PAGE = 250

const ids = (rows: { id?: string }[] | undefined) =>
  (rows ?? []).flatMap((r) => (r?.id ? [r.id] : []))

async function graph(
  query: Omit<RemoteQueryFunction, symbol>,
  entity: string,
  fields: string[],
  filters: Record<string, unknown>
): Promise<any[]> {
  const { data } = await query.graph({ entity, fields, filters })
  return data
}

/** The product ids behind an event's co-op, brand, certificate, variant or stock ids. */
export async function resolveProductIds(
  query: Omit<RemoteQueryFunction, symbol>,
  input: CatalogueRefreshInput
): Promise<string[]> {
  const out = new Set(input.product_ids ?? [])
  const add = (values: string[]) => values.forEach((v) => out.add(v))
  if (input.vendor_ids?.length) {
    const rows = await graph(query, "vendor", ["products.id"], {
      id: input.vendor_ids,
    })
    rows.forEach((r) => add(ids(r.products)))
  }
  if (input.brand_ids?.length) {
    const rows = await graph(query, "brand", ["products.id"], {
      id: input.brand_ids,
    })
    rows.forEach((r) => add(ids(r.products)))
  }
  if (input.certification_ids?.length) {
    const rows = await graph(query, "certification", ["products.id"], {
      id: input.certification_ids,
    })
    rows.forEach((r) => add(ids(r.products)))
  }
  if (input.variant_ids?.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: input.variant_ids },
      withDeleted: true,
    })
    data.forEach((v: any) => v.product_id && out.add(v.product_id))
  }
  const itemIds = [...(input.inventory_item_ids ?? [])]
  if (input.inventory_level_ids?.length) {
    const { data } = await query.graph({
      entity: "inventory_level",
      fields: ["inventory_item_id"],
      filters: { id: input.inventory_level_ids },
      withDeleted: true,
    })
    data.forEach((l: any) => itemIds.push(l.inventory_item_id))
  }
  if (itemIds.length) {
    const rows = await graph(query, "inventory_item", ["variants.product_id"], {
      id: itemIds,
    })
    rows.forEach((r) =>
      (r.variants ?? []).forEach(
        (v: any) => v?.product_id && out.add(v.product_id)
      )
    )
  }
  return [...out]
}

async function regionParents(query: Omit<RemoteQueryFunction, symbol>) {
  const { data } = await query.graph({
    entity: "origin_region",
    fields: ["code", "parent_code"],
  })
  return new Map<string, string | null>(
    data.map((r: any) => [r.code, r.parent_code ?? null])
  )
}

/** The rows of `products`, and the products whose row could not be built. */
function buildRows(
  products: GraphProduct[],
  parents: Map<string, string | null>
) {
  const rows: CatalogueRow[] = []
  const failed: CatalogueRowFailure[] = []
  for (const product of products) {
    try {
      const row = buildCatalogueRow(product, parents)
      if (row) {
        rows.push(row)
      }
    } catch (error) {
      failed.push({ id: product.id, message: (error as Error).message })
    }
  }
  return { rows, failed }
}

/**
 * Logs the products whose row could not be built or written and marks them
 * stale, so the next reconcile tries them again; their old row, if any,
 * stays. One bad product must not keep every other co-op's changes off the
 * store, as a 1e308 price once did.
 */
async function retryLater(
  container: MedusaContainer,
  catalogue: CatalogueModuleService,
  failed: CatalogueRowFailure[]
) {
  if (!failed.length) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const { id, message } of failed) {
    logger.error(
      `Catalogue row of product "${id}" was not refreshed (${message}); the next catalogue-reconcile run tries it again.`
    )
  }
  await catalogue.markCatalogueStale(
    failed.map(({ id }) => ({ kind: "product_ids", ref_id: id }))
  )
}

/**
 * Rebuilds the rows of `productIds` from the product, co-op, brand,
 * certificate, price, stock and grade data; products that are gone or not
 * published lose their row. A product whose row cannot be built or
 * written is logged, keeps its old row and is retried by the next
 * reconcile; the others are written. Idempotent.
 */
export async function refreshCatalogueProducts(
  container: MedusaContainer,
  productIds: string[]
): Promise<{ written: number; removed: number; failed: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const parents = await regionParents(query)
  let written = 0
  let removed = 0
  const failed: CatalogueRowFailure[] = []
  for (let i = 0; i < productIds.length; i += PAGE) {
    const chunk = productIds.slice(i, i + PAGE)
    const products = await graph(query, "product", CATALOGUE_PRODUCT_FIELDS, {
      id: chunk,
    })
    const built = buildRows(products as GraphProduct[], parents)
    const keep = new Set([
      ...built.rows.map((r) => r.id),
      ...built.failed.map((f) => f.id),
    ])
    const gone = chunk.filter((id) => !keep.has(id))
    const changed = await catalogue.replaceCatalogueRows(built.rows, gone)
    written += changed.written
    removed += changed.removed
    failed.push(...built.failed, ...changed.failed)
  }
  await retryLater(container, catalogue, failed)
  if (written || removed) {
    await invalidateCatalogueResponses(container)
  }
  return { written, removed, failed: failed.map((f) => f.id) }
}

/**
 * Rebuilds every row, paging through all products; drops stale rows and
 * the stale marks made before it began, which it covers. Products whose
 * row fails are handled as in refreshCatalogueProducts.
 */
export async function rebuildCatalogue(
  container: MedusaContainer
): Promise<{ written: number; removed: number; failed: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const began = await catalogue.catalogueClock()
  const parents = await regionParents(query)
  const seen = new Set<string>()
  const failed: CatalogueRowFailure[] = []
  let written = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: CATALOGUE_PRODUCT_FIELDS,
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    const built = buildRows(products as GraphProduct[], parents)
    built.rows.forEach((r) => seen.add(r.id))
    built.failed.forEach((f) => seen.add(f.id))
    const changed = await catalogue.replaceCatalogueRows(built.rows, [])
    written += changed.written
    failed.push(...built.failed, ...changed.failed)
    if (products.length < PAGE) {
      break
    }
  }
  const stale = (await catalogue.listCatalogueIds()).filter(
    (id) => !seen.has(id)
  )
  const { removed } = await catalogue.replaceCatalogueRows([], stale)
  await catalogue.clearCatalogueStale(began)
  // After the clear: the marks it makes are newer than `began` anyway.
  await retryLater(container, catalogue, failed)
  if (written || removed) {
    await invalidateCatalogueResponses(container)
  }
  return { written, removed, failed: failed.map((f) => f.id) }
}
