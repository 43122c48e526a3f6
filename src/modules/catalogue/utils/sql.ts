import type {
  CatalogueFacetName,
  CatalogueFilters,
  CatalogueSort,
} from "../types"

/** A parameterised SQL fragment; `?` are knex bindings. */
export type Sql = { text: string; params: unknown[] }

const sql = (text: string, params: unknown[] = []): Sql => ({ text, params })

/**
 * A PostgreSQL array literal for a `?::text[]` binding: knex expands a JS
 * array binding into a comma list, which is not an array.
 */
export const pgArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`

/** A co-op's brand claim holds now (authorization windows are inclusive). */
export const BRAND_VALID_NOW = `(brand_id IS NOT NULL AND EXISTS (SELECT 1 FROM jsonb_array_elements(brand_windows) w WHERE (w->>'from')::timestamptz <= now() AND (w->>'to')::timestamptz >= now()))`

/** The certificate element `c` is valid now. */
const CERT_VALID_NOW = `(c->>'valid_from')::timestamptz <= now() AND (c->>'valid_to')::timestamptz >= now()`

/** Products of co-ops that may sell, and products without a co-op. */
const SELLING = `(vendor_id IS NULL OR vendor_status = 'active')`

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (m) => `\\${m}`)

type Clause = { facet?: CatalogueFacetName; sql: Sql }

/** Every WHERE clause of a listing, each tagged with the facet it filters. */
export function filterClauses(filters: CatalogueFilters): Clause[] {
  const clauses: Clause[] = [{ sql: sql(SELLING) }]
  if (filters.sales_channel_ids) {
    clauses.push({
      sql: sql(`sales_channel_ids && ?::text[]`, [
        pgArray(filters.sales_channel_ids),
      ]),
    })
  }
  if (filters.ids) {
    clauses.push({ sql: sql(`id = ANY(?::text[])`, [pgArray(filters.ids)]) })
  }
  if (filters.q?.trim()) {
    clauses.push({
      sql: sql(`search_text ILIKE ?`, [
        `%${escapeLike(filters.q.trim().toLowerCase())}%`,
      ]),
    })
  }
  if (filters.category?.length) {
    clauses.push({
      facet: "category",
      sql: sql(`(category_ids && ?::text[] OR category_handles && ?::text[])`, [
        pgArray(filters.category),
        pgArray(filters.category),
      ]),
    })
  }
  if (filters.vendor?.length) {
    clauses.push({
      sql: sql(
        `(vendor_id = ANY(?::text[]) OR vendor_handle = ANY(?::text[]))`,
        [pgArray(filters.vendor), pgArray(filters.vendor)]
      ),
    })
  }
  if (filters.grade_standard?.length) {
    clauses.push({
      sql: sql(`grade_standard_codes && ?::text[]`, [
        pgArray(filters.grade_standard),
      ]),
    })
  }
  if (filters.grade?.length) {
    clauses.push({
      facet: "grade",
      sql: sql(`grade_codes && ?::text[]`, [pgArray(filters.grade)]),
    })
  }
  if (filters.brand?.length) {
    clauses.push({
      facet: "brand",
      sql: sql(`(brand_handle = ANY(?::text[]) AND ${BRAND_VALID_NOW})`, [
        pgArray(filters.brand),
      ]),
    })
  }
  // Where it grew: a brand may cover several districts (奉节脐橙 covers
  // 开州), but a 奉节 orange does not grow in 开州 for it (issue 14).
  if (filters.region?.length) {
    clauses.push({
      facet: "region",
      sql: sql(`region_codes && ?::text[]`, [pgArray(filters.region)]),
    })
  }
  if (filters.certification?.length) {
    clauses.push({
      facet: "certification",
      sql: sql(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(certifications) c WHERE c->>'type' = ANY(?::text[]) AND ${CERT_VALID_NOW})`,
        [pgArray(filters.certification)]
      ),
    })
  }
  return clauses
}

/** Joins clauses with AND, leaving out the one of `except` (for its facet). */
export function where(clauses: Clause[], except?: CatalogueFacetName): Sql {
  const kept = clauses.filter((c) => !except || c.facet !== except)
  return sql(
    kept.map((c) => c.sql.text).join(" AND "),
    kept.flatMap((c) => c.sql.params)
  )
}

const ORDER: Record<CatalogueSort, string> = {
  newest: "product_created_at DESC, id",
  price_asc: "min_price ASC NULLS LAST, id",
  price_desc: "max_price DESC NULLS LAST, id",
  title: "title, id",
}

/**
 * A page of rows. The total is counted apart (countSql): a window count
 * would make PostgreSQL read and sort every matching row, wide JSON and all,
 * instead of walking the sort index until the page is full.
 */
export function listSql(
  filters: CatalogueFilters,
  sort: CatalogueSort,
  limit: number,
  offset: number
): Sql {
  const w = where(filterClauses(filters))
  return sql(
    `SELECT * FROM catalogue_product WHERE ${w.text} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`,
    [...w.params, limit, offset]
  )
}

/** The number of matches, reading only the filtered columns. */
export function countSql(filters: CatalogueFilters): Sql {
  const w = where(filterClauses(filters))
  return sql(
    `SELECT count(*)::int AS count FROM catalogue_product WHERE ${w.text}`,
    w.params
  )
}

/**
 * Counts per category, grade, brand, region and certification in one statement. Each
 * facet applies every active filter except its own, so choosing 特级 still
 * shows how many 一级 products there are.
 */
export function facetsSql(filters: CatalogueFilters): Sql {
  const clauses = filterClauses(filters)
  const parts: Sql[] = []
  const w = (facet: CatalogueFacetName) => where(clauses, facet)
  // Each part counts rows once per value with count(*) over values made
  // distinct per row (grade_codes already are; regions and certificate
  // types are de-duplicated in a lateral subquery): a hash aggregate,
  // where count(DISTINCT id) sorted every (row, value) pair.
  const category = w("category")
  parts.push(
    sql(
      `SELECT 'category' AS facet, category AS value, NULL AS label_zh, NULL AS label_en, count(*)::int AS count FROM catalogue_product, unnest(category_handles) category WHERE ${category.text} GROUP BY 2`,
      category.params
    )
  )
  const grade = w("grade")
  parts.push(
    sql(
      `SELECT 'grade', code, label.name_zh, label.name_en, count FROM (SELECT code, count(*)::int AS count FROM catalogue_product, unnest(grade_codes) code WHERE ${grade.text} GROUP BY 1) counted, LATERAL (SELECT g->>'name_zh' AS name_zh, g->>'name_en' AS name_en FROM catalogue_product p, jsonb_array_elements(p.grades) g WHERE p.grade_codes @> ARRAY[code] AND g->>'code' = code LIMIT 1) label`,
      grade.params
    )
  )
  const brand = w("brand")
  parts.push(
    sql(
      `SELECT 'brand', brand_handle, max(brand->>'name_zh'), max(brand->>'name_en'), count(*)::int FROM catalogue_product WHERE ${BRAND_VALID_NOW} AND ${brand.text} GROUP BY 2`,
      brand.params
    )
  )
  const region = w("region")
  parts.push(
    sql(
      `SELECT 'region', r, NULL, NULL, count(*)::int FROM catalogue_product, LATERAL (SELECT DISTINCT unnest(region_codes) AS r) regions WHERE ${region.text} GROUP BY 2`,
      region.params
    )
  )
  const cert = w("certification")
  parts.push(
    sql(
      `SELECT 'certification', t, NULL, NULL, count(*)::int FROM catalogue_product, LATERAL (SELECT DISTINCT c->>'type' AS t FROM jsonb_array_elements(certifications) c WHERE ${CERT_VALID_NOW}) types WHERE ${cert.text} GROUP BY 2`,
      cert.params
    )
  )
  return sql(
    parts.map((p) => `(${p.text})`).join(" UNION ALL ") +
      " ORDER BY 1, 5 DESC, 2",
    parts.flatMap((p) => p.params)
  )
}
