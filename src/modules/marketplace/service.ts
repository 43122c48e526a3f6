import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  CommissionLine,
  CommissionRule,
  OrderGroup,
  Payout,
  PayoutLine,
  Vendor,
  VendorMember,
  VendorOrderStage,
  VendorStatusChange,
} from "./models"
import type {
  ActiveMemberContext,
  PayoutLineSums,
  VendorOrderPage,
  VendorOrderStageRow,
} from "./types"

type Ctx = Context<SqlEntityManager>
const manager = (ctx: Ctx) => ctx.manager ?? ctx.transactionManager!
/** A Postgres array literal, bound as one parameter (knex spreads JS arrays). */
const pgArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`

export type MarketplaceModuleOptions = {
  /** Hours after delivery or pickup before a co-op's earnings are payable. */
  after_sales_window_hours?: number
  /** Commission percent when no default rule has been set in the admin. */
  default_commission_rate?: number
}

export const DEFAULT_AFTER_SALES_WINDOW_HOURS = 48
export const DEFAULT_COMMISSION_RATE = 5

class MarketplaceModuleService extends MedusaService({
  Vendor,
  VendorMember,
  VendorStatusChange,
  OrderGroup,
  CommissionRule,
  CommissionLine,
  PayoutLine,
  Payout,
  VendorOrderStage,
}) {
  protected readonly options_: Required<MarketplaceModuleOptions>

  constructor(container: any, options: MarketplaceModuleOptions = {}) {
    super(...arguments)
    this.options_ = {
      after_sales_window_hours:
        options.after_sales_window_hours ?? DEFAULT_AFTER_SALES_WINDOW_HOURS,
      default_commission_rate:
        options.default_commission_rate ?? DEFAULT_COMMISSION_RATE,
    }
  }

  /** The module's settings, with defaults applied. */
  async getSettings(): Promise<Required<MarketplaceModuleOptions>> {
    return { ...this.options_ }
  }

  /**
   * The active member `memberId` with their co-op's id and status, or null:
   * the look-up every /vendors request makes (src/api/utils/vendor-context.ts),
   * so one indexed statement rather than an ORM read with its relation.
   */
  @InjectManager()
  async retrieveActiveMemberContext(
    memberId: string,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<ActiveMemberContext | null> {
    const [row] = await manager(sharedContext).execute(
      `SELECT m.id AS member_id, m.role, v.id AS vendor_id, v.status AS vendor_status
         FROM vendor_member m
         JOIN vendor v ON v.id = m.vendor_id AND v.deleted_at IS NULL
        WHERE m.id = ? AND m.status = 'active' AND m.deleted_at IS NULL`,
      [memberId]
    )
    return (row as ActiveMemberContext | undefined) ?? null
  }

  /**
   * One page of a co-op's order ids, newest first, optionally at the given
   * stages, and how many orders are at each stage: two statements on
   * vendor_order_stage's (vendor_id, …) indexes, however big the order book.
   * `version` changes whenever one of the co-op's rows is written.
   */
  @InjectManager()
  async listVendorOrderPage(
    vendorId: string,
    page: { stages?: string[]; skip: number; take: number },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<VendorOrderPage> {
    const em = manager(sharedContext)
    const stages = page.stages?.length ? page.stages : null
    const stageArray = stages ? pgArray(stages) : null
    const [rows, counted] = await Promise.all([
      em.execute(
        `SELECT order_id FROM vendor_order_stage
          WHERE vendor_id = ? AND deleted_at IS NULL
            AND (?::text[] IS NULL OR stage = ANY(?::text[]))
          ORDER BY placed_at DESC, order_id DESC LIMIT ? OFFSET ?`,
        [vendorId, stageArray, stageArray, page.take, page.skip]
      ),
      em.execute(
        `SELECT stage, count(*)::int AS count, max(updated_at) AS changed_at
           FROM vendor_order_stage
          WHERE vendor_id = ? AND deleted_at IS NULL GROUP BY stage`,
        [vendorId]
      ),
    ])
    const counts: Record<string, number> = {}
    let changed = 0
    for (const row of counted as {
      stage: string
      count: number
      changed_at: Date
    }[]) {
      counts[row.stage] = row.count
      changed = Math.max(changed, new Date(row.changed_at).getTime())
    }
    const count = Object.entries(counts)
      .filter(([stage]) => !stages || stages.includes(stage))
      .reduce((sum, [, n]) => sum + n, 0)
    return {
      order_ids: rows.map((r: { order_id: string }) => r.order_id),
      count,
      counts,
      version: `${changed}:${Object.values(counts).join(",")}`,
    }
  }

  /**
   * Writes the stage of each order, inserting rows for new orders; safe to
   * run twice or concurrently for the same order (one upsert on order_id),
   * and a stage read earlier than the stored one is dropped.
   */
  @InjectManager()
  async upsertVendorOrderStages(
    rows: VendorOrderStageRow[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<void> {
    await this.upsertVendorOrderStages_(rows, sharedContext)
  }

  @InjectTransactionManager()
  protected async upsertVendorOrderStages_(
    rows: VendorOrderStageRow[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<void> {
    if (!rows.length) {
      return
    }
    const json = rows.map((r) => ({
      ...r,
      id: generateEntityId(undefined, "vost"),
      placed_at: new Date(r.placed_at).toISOString(),
      refreshed_at: new Date(r.refreshed_at).toISOString(),
      display_id: r.display_id ?? null,
    }))
    await manager(sharedContext).execute(
      `INSERT INTO vendor_order_stage (id, order_id, vendor_id, stage, placed_at, display_id, refreshed_at)
       SELECT t.id, t.order_id, t.vendor_id, t.stage, t.placed_at, t.display_id, t.refreshed_at
         FROM jsonb_to_recordset(?::jsonb)
           AS t(id text, order_id text, vendor_id text, stage text, placed_at timestamptz, display_id integer, refreshed_at timestamptz)
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO UPDATE
         SET stage = excluded.stage, vendor_id = excluded.vendor_id,
             placed_at = excluded.placed_at, display_id = excluded.display_id,
             refreshed_at = excluded.refreshed_at, updated_at = now()
         WHERE vendor_order_stage.refreshed_at <= excluded.refreshed_at`,
      [JSON.stringify(json)]
    )
  }

  /**
   * How many payout lines of a co-op are at each status and their gross,
   * commission and net, summed in the database (numeric, exact).
   */
  @InjectManager()
  async sumVendorPayoutLines(
    vendorId: string,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<PayoutLineSums> {
    const rows = await manager(sharedContext).execute(
      `SELECT status, count(*)::int AS count, coalesce(sum(gross), 0)::text AS gross,
              coalesce(sum(commission), 0)::text AS commission,
              coalesce(sum(net), 0)::text AS net
         FROM payout_line WHERE vendor_id = ? AND deleted_at IS NULL
        GROUP BY status`,
      [vendorId]
    )
    return Object.fromEntries(
      rows.map((r: Record<string, string | number>) => [
        r.status,
        {
          count: Number(r.count),
          gross: Number(r.gross),
          commission: Number(r.commission),
          net: Number(r.net),
        },
      ])
    )
  }
}

export default MarketplaceModuleService
