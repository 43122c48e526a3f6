import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import type { CatalogueRow } from "../../../modules/catalogue/types"
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

/**
 * Rebuilds the rows of `productIds` from the product, co-op, brand,
 * certificate, price, stock and grade data; products that are gone or not
 * published lose their row. Idempotent.
 */
export async function refreshCatalogueProducts(
  container: MedusaContainer,
  productIds: string[]
): Promise<{ written: number; removed: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const parents = await regionParents(query)
  let written = 0
  let removed = 0
  for (let i = 0; i < productIds.length; i += PAGE) {
    const chunk = productIds.slice(i, i + PAGE)
    const products = await graph(query, "product", CATALOGUE_PRODUCT_FIELDS, {
      id: chunk,
    })
    const rows = products
      .map((p) => buildCatalogueRow(p as GraphProduct, parents))
      .filter((r): r is CatalogueRow => r !== null)
    const kept = new Set(rows.map((r) => r.id))
    const gone = chunk.filter((id) => !kept.has(id))
    const changed = await catalogue.replaceCatalogueRows(rows, gone)
    written += changed.written
    removed += changed.removed
  }
  if (written || removed) {
    await invalidateCatalogueResponses(container)
  }
  return { written, removed }
}

/**
 * Rebuilds every row, paging through all products; drops stale rows and
 * the stale marks made before it began, which it covers.
 */
export async function rebuildCatalogue(
  container: MedusaContainer
): Promise<{ written: number; removed: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = container.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const began = await catalogue.catalogueClock()
  const parents = await regionParents(query)
  const seen = new Set<string>()
  let written = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: CATALOGUE_PRODUCT_FIELDS,
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    const rows = products
      .map((p: any) => buildCatalogueRow(p as GraphProduct, parents))
      .filter((r: CatalogueRow | null): r is CatalogueRow => r !== null)
    rows.forEach((r: CatalogueRow) => seen.add(r.id))
    written += (await catalogue.replaceCatalogueRows(rows, [])).written
    if (products.length < PAGE) {
      break
    }
  }
  const stale = (await catalogue.listCatalogueIds()).filter(
    (id) => !seen.has(id)
  )
  const { removed } = await catalogue.replaceCatalogueRows([], stale)
  await catalogue.clearCatalogueStale(began)
  if (written || removed) {
    await invalidateCatalogueResponses(container)
  }
  return { written, removed }
}
