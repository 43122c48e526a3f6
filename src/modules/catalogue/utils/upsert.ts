import type { CatalogueRow } from "../types"
import { pgArray, type Sql } from "./sql"

/** Columns written by a refresh, with the cast each parameter needs. */
const COLUMNS: [keyof CatalogueRow, string][] = [
  ["id", ""],
  ["handle", ""],
  ["title", ""],
  ["title_en", ""],
  ["thumbnail", ""],
  ["images", "::jsonb"],
  ["description", ""],
  ["description_en", ""],
  ["vendor_id", ""],
  ["vendor_handle", ""],
  ["vendor_name", ""],
  ["vendor_status", ""],
  ["vendor", "::jsonb"],
  ["temperature_class", ""],
  ["brand_id", ""],
  ["brand_handle", ""],
  ["brand", "::jsonb"],
  ["brand_windows", "::jsonb"],
  ["brand_region_codes", "::text[]"],
  ["region_codes", "::text[]"],
  ["category_ids", "::text[]"],
  ["category_handles", "::text[]"],
  ["sales_channel_ids", "::text[]"],
  ["grade_codes", "::text[]"],
  ["grade_standard_codes", "::text[]"],
  ["grades", "::jsonb"],
  ["certifications", "::jsonb"],
  ["min_price", "::numeric"],
  ["max_price", "::numeric"],
  ["in_stock", "::boolean"],
  ["variants", "::jsonb"],
  ["search_text", ""],
  ["product_created_at", "::timestamptz"],
]

const JSON_COLUMNS = new Set([
  "images",
  "vendor",
  "brand",
  "brand_windows",
  "grades",
  "certifications",
  "variants",
])

/**
 * INSERT … ON CONFLICT (id) DO UPDATE for whole rows. A row whose content
 * did not change is left alone, and only written rows come back (RETURNING
 * id), so a refresh that changed nothing invalidates no cached response.
 */
export function upsertSql(rows: CatalogueRow[]): Sql {
  const params: unknown[] = []
  const values = rows.map((row) => {
    const cells = COLUMNS.map(([column, cast]) => {
      const value = row[column]
      params.push(
        JSON_COLUMNS.has(column) && value !== null
          ? JSON.stringify(value)
          : Array.isArray(value)
            ? pgArray(value as string[])
            : value
      )
      return `?${cast}`
    })
    return `(${cells.join(", ")}, now(), now())`
  })
  const names = COLUMNS.map(([c]) => c)
  const changed = names.filter((c) => c !== "id")
  const updates = changed.map((c) => `${c} = excluded.${c}`)
  return {
    text: `INSERT INTO catalogue_product (${names.join(", ")}, created_at, updated_at) VALUES ${values.join(", ")} ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}, updated_at = now() WHERE (${changed.map((c) => `catalogue_product.${c}`).join(", ")}) IS DISTINCT FROM (${changed.map((c) => `excluded.${c}`).join(", ")}) RETURNING id`,
    params,
  }
}
