import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { CatalogueProduct, CatalogueStale } from "./models"
import type {
  CatalogueFacets,
  CatalogueStaleBatch,
  CatalogueStaleEntry,
  CatalogueFilters,
  CatalogueRow,
  CatalogueRowFailure,
  CatalogueSort,
} from "./types"
import {
  BRAND_VALID_NOW,
  countSql,
  facetsSql,
  filterClauses,
  listSql,
  pgArray,
  where,
} from "./utils/sql"
import { upsertSql } from "./utils/upsert"

type Ctx = Context<SqlEntityManager>

const manager = (ctx: Ctx) => ctx.manager ?? ctx.transactionManager!

/**
 * A row as read: the numeric price columns come back from pg as strings,
 * and the raw_ columns bigNumber adds are never written.
 */
function fromDb(row: Record<string, unknown>): CatalogueRow {
  const { raw_min_price: _min, raw_max_price: _max, ...rest } = row
  const price = (v: unknown) =>
    v === null || v === undefined ? null : Number(v)
  return {
    ...rest,
    min_price: price(row.min_price),
    max_price: price(row.max_price),
  } as CatalogueRow
}

/**
 * The catalogue read model. Reads are single parameterised SQL statements
 * over catalogue_product; writes replace whole rows, so a refresh is
 * idempotent and may run twice.
 */
class CatalogueModuleService extends MedusaService({
  CatalogueProduct,
  CatalogueStale,
}) {
  /** A page of listing rows and the total number of matches. */
  @InjectManager()
  async listCatalogue(
    filters: CatalogueFilters,
    page: { sort: CatalogueSort; limit: number; offset: number },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<{ rows: CatalogueRow[]; count: number }> {
    const q = listSql(filters, page.sort, page.limit, page.offset)
    const c = countSql(filters)
    const em = manager(sharedContext)
    const [rows, [{ count }]] = await Promise.all([
      em.execute(q.text, q.params),
      em.execute(c.text, c.params),
    ])
    return { rows: rows.map(fromDb), count }
  }

  /** Counts per category, grade, brand, region and certification under the filters. */
  @InjectManager()
  async catalogueFacets(
    filters: CatalogueFilters,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<CatalogueFacets> {
    const q = facetsSql(filters)
    const rows = await manager(sharedContext).execute(q.text, q.params)
    const facets: CatalogueFacets = {
      category: [],
      grade: [],
      brand: [],
      region: [],
      certification: [],
    }
    for (const row of rows) {
      facets[row.facet as keyof CatalogueFacets].push({
        value: row.value,
        label_zh: row.label_zh,
        label_en: row.label_en,
        count: row.count,
      })
    }
    return facets
  }

  /** Ids of the selling products that match, for filtering other reads. */
  @InjectManager()
  async matchingProductIds(
    filters: CatalogueFilters,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<string[]> {
    const w = where(filterClauses(filters))
    const rows = await manager(sharedContext).execute(
      `SELECT id FROM catalogue_product WHERE ${w.text}`,
      w.params
    )
    return rows.map((r: { id: string }) => r.id)
  }

  /** The row of a selling product, or null. */
  @InjectManager()
  async retrieveCatalogueRow(
    handle: string,
    filters: CatalogueFilters,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<CatalogueRow | null> {
    const w = where(filterClauses(filters))
    const [row] = await manager(sharedContext).execute(
      `SELECT * FROM catalogue_product WHERE handle = ? AND ${w.text} LIMIT 1`,
      [handle, ...w.params]
    )
    return row ? fromDb(row) : null
  }

  /** Selling products per brand whose claim holds now, keyed by brand id. */
  @InjectManager()
  async brandProductCounts(
    filters: CatalogueFilters,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<Record<string, number>> {
    const w = where(filterClauses(filters))
    const rows = await manager(sharedContext).execute(
      `SELECT brand_id, count(*)::int AS count FROM catalogue_product WHERE ${BRAND_VALID_NOW} AND ${w.text} GROUP BY brand_id`,
      w.params
    )
    return Object.fromEntries(
      rows.map((r: { brand_id: string; count: number }) => [
        r.brand_id,
        r.count,
      ])
    )
  }

  /** Brand windows and certificates of products, to check claims shown elsewhere. */
  @InjectManager()
  async listCatalogueClaims(
    ids: string[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<
    Map<string, Pick<CatalogueRow, "brand_windows" | "certifications">>
  > {
    const rows = await manager(sharedContext).execute(
      `SELECT id, brand_windows, certifications FROM catalogue_product WHERE id = ANY(?::text[])`,
      [pgArray(ids)]
    )
    return new Map(rows.map((r: any) => [r.id, r]))
  }

  /** False until the read model has been built. */
  @InjectManager()
  async hasCatalogueRows(
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<boolean> {
    const rows = await manager(sharedContext).execute(
      `SELECT 1 FROM catalogue_product LIMIT 1`
    )
    return rows.length > 0
  }

  /** Ids of every row, for a rebuild to drop products that are gone. */
  @InjectManager()
  async listCatalogueIds(
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<string[]> {
    const rows = await manager(sharedContext).execute(
      `SELECT id FROM catalogue_product`
    )
    return rows.map((r: { id: string }) => r.id)
  }

  /**
   * Records ids whose rows need a refresh: one parameterised upsert, cheap
   * enough to run per event. Marking an id again moves its stamp forward.
   */
  @InjectManager()
  async markCatalogueStale(
    entries: CatalogueStaleEntry[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<void> {
    const unique = new Map(entries.map((e) => [`${e.kind}:${e.ref_id}`, e]))
    if (!unique.size) {
      return
    }
    const list = [...unique.values()]
    await manager(sharedContext).execute(
      `INSERT INTO catalogue_stale (id, kind, ref_id, created_at, updated_at)
       SELECT t.kind || ':' || t.ref_id, t.kind, t.ref_id, clock_timestamp(), clock_timestamp()
       FROM unnest(?::text[], ?::text[]) AS t(kind, ref_id)
       ON CONFLICT (id) DO UPDATE SET updated_at = clock_timestamp(), deleted_at = NULL`,
      [pgArray(list.map((e) => e.kind)), pgArray(list.map((e) => e.ref_id))]
    )
  }

  /**
   * The oldest `limit` marked ids and the database time they were read at;
   * pass both to clearCatalogueStale once their rows are refreshed.
   */
  @InjectManager()
  async listCatalogueStale(
    limit: number,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<CatalogueStaleBatch> {
    const em = manager(sharedContext)
    const [{ cutoff }] = await em.execute(
      `SELECT clock_timestamp()::text AS cutoff`
    )
    const rows = await em.execute(
      `SELECT id, kind, ref_id FROM catalogue_stale WHERE updated_at <= ?::timestamptz ORDER BY updated_at LIMIT ?`,
      [cutoff, limit]
    )
    return { cutoff, entries: rows as CatalogueStaleBatch["entries"] }
  }

  /**
   * Deletes marks not renewed since `cutoff`: those of `ids`, or all of
   * them when `ids` is omitted (after a full rebuild). An id marked again
   * after `cutoff` stays for the next refresh.
   */
  @InjectManager()
  async clearCatalogueStale(
    cutoff: string,
    ids?: string[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<void> {
    const em = manager(sharedContext)
    if (!ids) {
      await em.execute(
        `DELETE FROM catalogue_stale WHERE updated_at <= ?::timestamptz`,
        [cutoff]
      )
    } else if (ids.length) {
      await em.execute(
        `DELETE FROM catalogue_stale WHERE id = ANY(?::text[]) AND updated_at <= ?::timestamptz`,
        [pgArray(ids), cutoff]
      )
    }
  }

  /** The database's clock, as a cutoff for clearCatalogueStale. */
  @InjectManager()
  async catalogueClock(
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<string> {
    const [{ now }] = await manager(sharedContext).execute(
      `SELECT clock_timestamp()::text AS now`
    )
    return now
  }

  /**
   * Writes `rows` whole and deletes the rows of `removeIds`. Returns how
   * many rows changed (rows written with the content they had, and ids
   * that had no row, do not count) and the rows it could not write.
   *
   * One bad row fails the whole statement, so on an error the rows are
   * written again one at a time, each in its own transaction: the others
   * are written and the bad ones come back in `failed`, for the caller to
   * log and retry. Within a caller's transaction nothing can be retried,
   * so the error is thrown.
   */
  @InjectManager()
  async replaceCatalogueRows(
    rows: CatalogueRow[],
    removeIds: string[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<{
    written: number
    removed: number
    failed: CatalogueRowFailure[]
  }> {
    const inCallersTransaction = !!sharedContext.transactionManager
    try {
      const changed = await this.replaceCatalogueRows_(
        rows,
        removeIds,
        sharedContext
      )
      return { ...changed, failed: [] }
    } catch (error) {
      if (inCallersTransaction || !rows.length) {
        throw error
      }
    }
    const { removed } = await this.replaceCatalogueRows_(
      [],
      removeIds,
      sharedContext
    )
    let written = 0
    const failed: CatalogueRowFailure[] = []
    for (const row of rows) {
      try {
        written += (await this.replaceCatalogueRows_([row], [], sharedContext))
          .written
      } catch (error) {
        failed.push({ id: row.id, message: (error as Error).message })
      }
    }
    return { written, removed, failed }
  }

  @InjectTransactionManager()
  protected async replaceCatalogueRows_(
    rows: CatalogueRow[],
    removeIds: string[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<{ written: number; removed: number }> {
    // The transaction's manager, so the delete and the upserts commit or
    // fail together (`manager()` would pick the outer, non-transactional one).
    const em = sharedContext.transactionManager ?? manager(sharedContext)
    let removed = 0
    if (removeIds.length) {
      const gone = await em.execute(
        `DELETE FROM catalogue_product WHERE id = ANY(?::text[]) RETURNING id`,
        [pgArray(removeIds)]
      )
      removed = gone.length
    }
    let written = 0
    // Chunked to stay well under PostgreSQL's 65,535 bind parameters.
    for (let i = 0; i < rows.length; i += 500) {
      const q = upsertSql(rows.slice(i, i + 500))
      written += (await em.execute(q.text, q.params)).length
    }
    return { written, removed }
  }
}

export default CatalogueModuleService
