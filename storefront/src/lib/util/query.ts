import type { CatalogueFilters } from "../../types/catalogue"
import { CERTIFICATION_TYPES } from "@modules/co-op/lib/forms"

type SearchParams = Record<string, string | string[] | undefined>

const LIST_FILTERS = [
  "grade",
  "brand",
  "region",
  "certification",
  "vendor",
  "category",
] as const
const SORTS = ["newest", "price_asc", "price_desc", "title"] as const

/**
 * What the backend accepts for each list filter. A value outside it would
 * make the catalogue answer 400 and the page an error, so it is dropped
 * here: a hand-edited or stale URL shows the listing without that filter.
 */
const TOKEN = /^[\p{L}\p{N}_\-./ ]{1,100}$/u
const VALID: Record<(typeof LIST_FILTERS)[number], (v: string) => boolean> = {
  grade: (v) => TOKEN.test(v),
  brand: (v) => TOKEN.test(v),
  vendor: (v) => TOKEN.test(v),
  category: (v) => TOKEN.test(v),
  region: (v) => /^\d{6}$/.test(v),
  certification: (v) => (CERTIFICATION_TYPES as readonly string[]).includes(v),
}
/** The catalogue's deepest page (the backend pages at most this far in). */
const MAX_PAGE = 1000

const asList = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean)

/** The listing's URL search parameters → catalogue filters (unknown ones dropped). */
export function filtersFromSearchParams(
  params: SearchParams,
  pageSize = 24
): CatalogueFilters {
  const filters: CatalogueFilters = { limit: pageSize }
  const q = asList(params.q).join(" ").slice(0, 100)
  if (q) {
    filters.q = q
  }
  for (const name of LIST_FILTERS) {
    const values = asList(params[name]).filter(VALID[name])
    if (values.length) {
      filters[name] = values.slice(0, 20)
    }
  }
  const sort = asList(params.sort)[0]
  if ((SORTS as readonly string[]).includes(sort)) {
    filters.sort = sort as CatalogueFilters["sort"]
  }
  const page = Number(asList(params.page)[0] ?? 1)
  if (Number.isInteger(page) && page > 1 && page <= MAX_PAGE) {
    filters.offset = (page - 1) * pageSize
  }
  return filters
}

/** Catalogue filters → the query the backend takes (lists comma-joined). */
export function catalogueQuery(
  filters: CatalogueFilters
): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (
      value === undefined ||
      value === "" ||
      (Array.isArray(value) && !value.length)
    ) {
      continue
    }
    query[key] = Array.isArray(value) ? value.join(",") : String(value)
  }
  return query
}

/** A listing URL with one filter value toggled, keeping the others. */
export function toggleFilter(
  params: SearchParams,
  name: string,
  value: string
): string {
  const next = new URLSearchParams()
  for (const [key, raw] of Object.entries(params)) {
    if (key === "page" || key === name) {
      continue
    }
    const values = asList(raw)
    if (values.length) {
      next.set(key, values.join(","))
    }
  }
  const current = asList(params[name])
  const values = current.includes(value)
    ? current.filter((v) => v !== value)
    : [...current, value]
  if (values.length) {
    next.set(name, values.join(","))
  }
  const search = next.toString()
  return search ? `?${search}` : "?"
}

export function isActive(params: SearchParams, name: string, value: string) {
  return asList(params[name]).includes(value)
}

/** The filters chosen in the URL, one entry per value, in URL order. */
export function activeFilters(
  params: SearchParams
): { name: (typeof LIST_FILTERS)[number]; value: string }[] {
  return LIST_FILTERS.flatMap((name) =>
    asList(params[name]).map((value) => ({ name, value }))
  )
}

/** A listing URL without the search text (the other filters kept). */
export function withoutQuery(params: SearchParams): string {
  const next = new URLSearchParams()
  for (const [key, raw] of Object.entries(params)) {
    const values = asList(raw)
    if (key !== "q" && key !== "page" && values.length) {
      next.set(key, values.join(","))
    }
  }
  const search = next.toString()
  return search ? `?${search}` : "?"
}

/** The URL's filters as flat name/value pairs, less some names (for hidden inputs). */
export function keptParams(
  params: SearchParams,
  drop: string[]
): [string, string][] {
  return Object.entries(params).flatMap(([key, raw]) => {
    const values = asList(raw)
    return drop.includes(key) || !values.length
      ? []
      : [[key, values.join(",")] as [string, string]]
  })
}
