import type { CatalogueStaleEntry } from "../../../modules/catalogue/types"
import type { CatalogueRefreshInput } from "./refresh"
import { CatalogueEvents } from "../events"

/** Commerce events that change what a catalogue row shows. */
export const CATALOGUE_COMMERCE_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "vendor.status_changed",
  "vendor.updated",
  CatalogueEvents.PRODUCTS_CHANGED,
]

const idsOf = (data: unknown): string[] =>
  (Array.isArray(data) ? data : [data]).flatMap((d: any) =>
    typeof d?.id === "string" ? [d.id] : []
  )

/** The refresh input for one event, or null when it names nothing. */
export function refreshInputForEvent(
  name: string,
  data: unknown
): CatalogueRefreshInput | null {
  let input: CatalogueRefreshInput | null = null
  if (name.startsWith("product-variant.")) {
    input = { variant_ids: idsOf(data) }
  } else if (name.startsWith("product.")) {
    input = { product_ids: idsOf(data) }
  } else if (name.startsWith("inventory-level.")) {
    input = { inventory_level_ids: idsOf(data) }
  } else if (name === "vendor.status_changed" || name === "vendor.updated") {
    input = { vendor_ids: idsOf(data) }
  } else if (name === CatalogueEvents.PRODUCTS_CHANGED) {
    const d = (data ?? {}) as CatalogueRefreshInput
    input = {
      product_ids: d.product_ids,
      vendor_ids: d.vendor_ids,
      brand_ids: d.brand_ids,
      certification_ids: d.certification_ids,
    }
  }
  const named = input && Object.values(input).some((v) => v?.length)
  return named ? input : null
}

/** The refresh input keys a stale mark may carry. */
export const CATALOGUE_STALE_KINDS = [
  "product_ids",
  "variant_ids",
  "inventory_level_ids",
  "inventory_item_ids",
  "vendor_ids",
  "brand_ids",
  "certification_ids",
] as const

type StaleKind = (typeof CATALOGUE_STALE_KINDS)[number]

/** A refresh input as stale marks, one per id, without duplicates. */
export function staleEntriesOf(
  input: CatalogueRefreshInput
): CatalogueStaleEntry[] {
  const out = new Map<string, CatalogueStaleEntry>()
  for (const kind of CATALOGUE_STALE_KINDS) {
    for (const ref_id of input[kind] ?? []) {
      if (typeof ref_id === "string" && ref_id) {
        out.set(`${kind}:${ref_id}`, { kind, ref_id })
      }
    }
  }
  return [...out.values()]
}

/** Stale marks back as one refresh input; unknown kinds are ignored. */
export function refreshInputOfStale(
  entries: CatalogueStaleEntry[]
): CatalogueRefreshInput {
  const input: CatalogueRefreshInput = {}
  for (const { kind, ref_id } of entries) {
    if ((CATALOGUE_STALE_KINDS as readonly string[]).includes(kind)) {
      ;(input[kind as StaleKind] ??= []).push(ref_id)
    }
  }
  return input
}
