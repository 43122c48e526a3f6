import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminPayoutLineFields } from "./query-config"
import {
  beijingDate,
  dateBound,
  payoutLinesCsv,
  type ReportLine,
  sumLines,
  totalsStatuses,
} from "./utils/report"
import type { AdminGetPayoutLinesParamsType } from "./validators"
import { withNames } from "./utils/names"

/**
 * The payout ledger report: one line per co-op order, with totals over every
 * matching line (not just the page). `format=csv` answers the whole filtered
 * report as a spreadsheet download.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutLinesParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { vendor_id, status, from, to, format } = req.validatedQuery
  const created_at = {
    ...(from ? { $gte: dateBound(from, "from") } : {}),
    ...(to ? { $lte: dateBound(to, "to") } : {}),
  }
  const filters = {
    ...(vendor_id ? { vendor_id } : {}),
    ...(status ? { status } : {}),
    ...(from || to ? { created_at } : {}),
  }

  if (format === "csv") {
    const { data } = await query.graph({
      entity: "payout_line",
      fields: adminPayoutLineFields,
      filters,
      pagination: { order: req.queryConfig.pagination.order },
    })
    const lines = await withNames(req.scope, data as ReportLine[])
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="payouts-${beijingDate()}.csv"`
    )
    res.send(payoutLinesCsv(lines))
    return
  }

  const [{ data, metadata }, { data: amounts }] = await Promise.all([
    query.graph({
      entity: "payout_line",
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    }),
    query.graph({
      entity: "payout_line",
      fields: ["id", "gross", "commission", "net"],
      filters: { ...filters, status: totalsStatuses(status) },
    }),
  ])
  res.json({
    payout_lines: await withNames(req.scope, data as ReportLine[]),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
    totals: sumLines(amounts),
  })
}
